// The author changes who may read their answer, until the counselor has reviewed the homework.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { responses } from '@/db/schema';
import { AppError, notFound } from '@/server/errors';
import type { Actor } from '@/server/services/actor';
import { assertNotSharingDuringHold } from '@/server/services/safety/shared-work';
import { ZAnswerVisibility } from '../homework-fields';
import { getPortalPeople } from './get-portal-people';
import { findMyAssignment, slotsOf } from './my-assignments';
import { lockMyResponse } from './my-response';
import { chooseVisibility, loadDefaultVisibility } from './visibility-choice';

export const ZChangeAnswerVisibilityInput = z.object({
  assignmentId: z.uuid(),
  visibility: ZAnswerVisibility,
});
type TChangeAnswerVisibilityInput = z.infer<typeof ZChangeAnswerVisibilityInput>;

export async function changeAnswerVisibility(tx: Tx, actor: Actor, input: TChangeAnswerVisibilityInput) {
  const people = await getPortalPeople(tx, actor);
  const assignment = await findMyAssignment(tx, actor, people, input.assignmentId);
  assertNotSharingDuringHold(people.sharedWorkPaused, input.visibility);
  if (assignment.kind === 'joint-reveal' && input.visibility !== 'couple')
    throw new AppError(
      'BAD_REQUEST',
      'A joint reveal is always shared with your partner once you have both sent it.',
    );
  const visibility = chooseVisibility(
    assignment,
    input.visibility,
    await loadDefaultVisibility(tx, actor.practiceId),
  );
  if (assignment.reviewedAt)
    throw new AppError(
      'CONFLICT',
      'Your counselor has reviewed this homework, so who can read the answer no longer changes.',
    );
  const existing = await lockMyResponse(
    tx,
    actor.practiceId,
    assignment.id,
    slotsOf(assignment, people).mine,
  );
  if (!existing) throw notFound('Answer');
  await tx
    .update(responses)
    .set({ visibility, updatedAt: new Date() })
    .where(and(eq(responses.practiceId, actor.practiceId), eq(responses.id, existing.id)));
  return { assignmentId: assignment.id, visibility };
}
