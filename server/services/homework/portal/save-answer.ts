// A partner's answer: autosaved as a draft, then sent (submitted) once, after which it is final.
// For an exercise done together there is one shared answer, which either partner may write.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import type { AnswerVisibility } from '@/db/schema';
import { responses } from '@/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '@/server/services/actor';
import { assertNotSharingDuringHold, visibilityDuringHold } from '@/server/services/safety/shared-work';
import { checkAnswerFits, ZAnswerBody } from '../answer-body';
import { ZAnswerVisibility } from '../homework-fields';
import { sealAnswer } from '../stored-answer';
import { getPortalPeople } from './get-portal-people';
import { findMyAssignment, slotsOf } from './my-assignments';
import { lockMyResponse } from './my-response';
import { chooseVisibility, loadDefaultVisibility } from './visibility-choice';

export const ZSaveAnswerInput = z.object({
  assignmentId: z.uuid(),
  body: ZAnswerBody,
  /** Leave out to keep the answer's current visibility (or, on the first save, the default). */
  visibility: ZAnswerVisibility.optional(),
});
type TSaveAnswerInput = z.infer<typeof ZSaveAnswerInput>;

type SavedAnswer = {
  assignmentId: string;
  status: 'draft' | 'submitted';
  visibility: AnswerVisibility;
  savedAt: Date;
  submittedAt: Date | null;
};

export function saveAnswer(tx: Tx, actor: Actor, input: TSaveAnswerInput): Promise<SavedAnswer> {
  return writeAnswer(tx, actor, input, false);
}

export function submitAnswer(tx: Tx, actor: Actor, input: TSaveAnswerInput): Promise<SavedAnswer> {
  return writeAnswer(tx, actor, input, true);
}

async function writeAnswer(tx: Tx, actor: Actor, input: TSaveAnswerInput, submit: boolean) {
  const people = await getPortalPeople(tx, actor);
  const assignment = await findMyAssignment(tx, actor, people, input.assignmentId);
  checkAnswerFits(assignment.content, input.body, submit);
  const practiceDefault = await loadDefaultVisibility(tx, actor.practiceId);
  // Checked before anything is written, so a refused choice changes nothing.
  assertNotSharingDuringHold(people.sharedWorkPaused, input.visibility);
  const chosen = input.visibility && chooseVisibility(assignment, input.visibility, practiceDefault);
  const slot = slotsOf(assignment, people).mine;
  const now = new Date();
  const status = submit ? 'submitted' : 'draft';
  const submittedAt = submit ? now : null;
  const result = (visibility: AnswerVisibility): SavedAnswer => ({
    assignmentId: assignment.id,
    status,
    visibility,
    savedAt: now,
    submittedAt,
  });

  let existing = await lockMyResponse(tx, actor.practiceId, assignment.id, slot);
  if (!existing) {
    // The ciphertext is bound to the row's id, so the id is made here rather than by the database.
    const id = randomUUID();
    const visibility =
      chosen ??
      visibilityDuringHold(people.sharedWorkPaused, chooseVisibility(assignment, undefined, practiceDefault));
    const inserted = await tx
      .insert(responses)
      .values({
        practiceId: actor.practiceId,
        id,
        assignmentId: assignment.id,
        coupleId: people.coupleId,
        partnerId: slot,
        status,
        visibility,
        bodyCiphertext: sealAnswer(actor.practiceId, id, input.body),
        submittedAt,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: responses.id });
    if (inserted.length > 0) return result(visibility);
    // The partner's first save of a shared answer got there a moment before: write over it.
    existing = await lockMyResponse(tx, actor.practiceId, assignment.id, slot);
    if (!existing) throw new Error('an answer row conflicted on insert and then could not be found');
  }
  if (existing.status === 'submitted')
    throw new AppError(
      'CONFLICT',
      submit
        ? 'This answer has already been sent.'
        : 'This answer has been sent, so it can no longer change.',
    );
  const visibility = chosen ?? existing.visibility;
  await tx
    .update(responses)
    .set({
      status,
      visibility,
      bodyCiphertext: sealAnswer(actor.practiceId, existing.id, input.body),
      submittedAt,
      updatedAt: now,
    })
    .where(and(eq(responses.practiceId, actor.practiceId), eq(responses.id, existing.id)));
  return result(visibility);
}
