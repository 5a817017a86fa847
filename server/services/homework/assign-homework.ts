// A counselor gives a couple one or more exercises, each snapshotted as it reads today, possibly
// from inside a session note, which the assignments then point back to.

import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { assignments, sessionNotes } from '@/db/schema';
import { AppError, notFound } from '@/server/errors';
import type { Actor } from '../actor';
import { assertCoupleOpen } from '../couples/closing/assert-couple-open';
import { isOnSafetyHold } from '../safety/safety-settings';
import { isSharedWork } from '../safety/shared-work';
import { getExercise, ZExerciseRef } from './get-exercise';
import { ZDueOn, ZHomeworkNote } from './homework-fields';
import { notifyHomeworkAssigned } from './notify-homework-assigned';
import { findVisibleCouple } from './visible-couple';

export const ZAssignHomeworkInput = z.object({
  coupleId: z.uuid(),
  exercises: z.array(ZExerciseRef).min(1, 'Choose at least one exercise.').max(10),
  /** Leave out for both partners; a partner's id to give it to one of them only. */
  partnerId: z.uuid().optional(),
  dueOn: ZDueOn,
  note: ZHomeworkNote.optional(),
  /** The unsigned note of this couple the homework is assigned from. */
  sessionNoteId: z.uuid().optional(),
});
type TAssignHomeworkInput = z.infer<typeof ZAssignHomeworkInput>;

export async function assignHomework(tx: Tx, actor: Actor, input: TAssignHomeworkInput) {
  const couple = await findVisibleCouple(tx, actor, input.coupleId);
  await assertCoupleOpen(tx, actor.practiceId, couple.id, 'no homework can be assigned');
  if (couple.status !== 'active')
    throw new AppError('BAD_REQUEST', 'Homework can only go to an active couple.');
  if (input.partnerId && !couple.partners.some((p) => p.id === input.partnerId))
    throw new AppError('BAD_REQUEST', 'That person is not a partner in this couple.');
  if (input.sessionNoteId) await checkAssigningNote(tx, actor, couple.id, input.sessionNoteId);
  const onHold = await isOnSafetyHold(tx, actor.practiceId, couple.id);
  const rows = [];
  for (const ref of input.exercises) {
    const exercise = await getExercise(tx, actor, ref);
    if (onHold && isSharedWork(exercise.content))
      throw new AppError(
        'CONFLICT',
        `This couple is on safety hold, so shared exercises such as “${exercise.content.title}” are paused.`,
      );
    if (input.partnerId && exercise.content.participation === 'together')
      throw new AppError(
        'BAD_REQUEST',
        `“${exercise.content.title}” is done together, so it goes to both partners.`,
      );
    if (input.partnerId && exercise.content.kind === 'joint-reveal')
      throw new AppError(
        'BAD_REQUEST',
        `“${exercise.content.title}” is a joint reveal, so it goes to both partners.`,
      );
    rows.push({
      practiceId: actor.practiceId,
      coupleId: couple.id,
      partnerId: input.partnerId ?? null,
      assignedById: actor.membershipId,
      exerciseId: ref.source === 'library' ? exercise.id : null,
      practiceExerciseId: ref.source === 'practice' ? exercise.id : null,
      behavior: exercise.content.behavior,
      kind: exercise.content.kind,
      title: exercise.content.title,
      content: exercise.content,
      note: input.note ?? null,
      dueOn: input.dueOn,
      sessionNoteId: input.sessionNoteId ?? null,
    });
  }
  const created = await tx.insert(assignments).values(rows).returning({ id: assignments.id });
  const assignmentIds = created.map((c) => c.id);
  // A hold stops the couple's nudges, this one too.
  if (!onHold)
    await notifyHomeworkAssigned(tx, actor, {
      coupleId: couple.id,
      partnerId: input.partnerId ?? null,
      assignmentIds,
    });
  return { assignmentIds };
}

async function checkAssigningNote(tx: Tx, actor: Actor, coupleId: string, noteId: string) {
  const [note] = await tx
    .select({ signedAt: sessionNotes.signedAt })
    .from(sessionNotes)
    .where(
      and(
        eq(sessionNotes.practiceId, actor.practiceId),
        eq(sessionNotes.id, noteId),
        eq(sessionNotes.coupleId, coupleId),
      ),
    );
  if (!note) throw notFound('Session note');
  if (note.signedAt)
    throw new AppError(
      'CONFLICT',
      'That session note is signed, so nothing more can be assigned from it. Assign from the couple’s page instead.',
    );
}
