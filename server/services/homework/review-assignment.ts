// The counselor marks homework reviewed, with a short comment both partners see.
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { assignments } from '@/db/schema';
import { notFound } from '@/server/errors';
import type { Actor } from '../actor';
import { findVisibleCouple } from './visible-couple';

export const ZReviewAssignmentInput = z.object({
  assignmentId: z.uuid(),
  comment: z.string().trim().max(1000, 'Keep the comment under 1,000 characters.').optional(),
});

export async function reviewAssignment(tx: Tx, actor: Actor, input: z.infer<typeof ZReviewAssignmentInput>) {
  const [assignment] = await tx
    .select({ id: assignments.id, coupleId: assignments.coupleId })
    .from(assignments)
    .where(
      and(
        eq(assignments.practiceId, actor.practiceId),
        eq(assignments.id, input.assignmentId),
        isNull(assignments.cancelledAt),
      ),
    );
  if (!assignment) throw notFound('Homework');
  await findVisibleCouple(tx, actor, assignment.coupleId);
  const now = new Date();
  await tx
    .update(assignments)
    .set({
      reviewedAt: now,
      reviewedById: actor.membershipId,
      reviewComment: input.comment || null,
      updatedAt: now,
    })
    .where(and(eq(assignments.practiceId, actor.practiceId), eq(assignments.id, assignment.id)));
  return { assignmentId: assignment.id, reviewedAt: now };
}
