// Editing or cancelling homework, allowed only until a partner has started on it.
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { assignments } from '@/db/schema';
import { AppError, notFound } from '@/server/errors';
import type { Actor } from '../actor';
import { ZDueOn, ZHomeworkNote } from './homework-fields';
import { loadStaffProgress } from './load-staff-progress';
import { findVisibleCouple } from './visible-couple';

async function findUnstartedAssignment(tx: Tx, actor: Actor, assignmentId: string) {
  const [assignment] = await tx
    .select({ id: assignments.id, coupleId: assignments.coupleId })
    .from(assignments)
    .where(
      and(
        eq(assignments.practiceId, actor.practiceId),
        eq(assignments.id, assignmentId),
        isNull(assignments.cancelledAt),
      ),
    )
    .for('update');
  if (!assignment) throw notFound('Homework');
  await findVisibleCouple(tx, actor, assignment.coupleId);
  const progress = await loadStaffProgress(tx, actor.practiceId, [assignment.id]);
  if (progress.get(assignment.id)?.length)
    throw new AppError(
      'CONFLICT',
      'A partner has already started this homework, so it can no longer change.',
    );
  return assignment;
}

export const ZUpdateAssignmentInput = z.object({
  assignmentId: z.uuid(),
  dueOn: ZDueOn.optional(),
  note: ZHomeworkNote.nullable().optional(),
});

export async function updateAssignment(tx: Tx, actor: Actor, input: z.infer<typeof ZUpdateAssignmentInput>) {
  const assignment = await findUnstartedAssignment(tx, actor, input.assignmentId);
  await tx
    .update(assignments)
    .set({
      ...(input.dueOn ? { dueOn: input.dueOn } : {}),
      ...(input.note !== undefined ? { note: input.note || null } : {}),
      updatedAt: new Date(),
    })
    .where(and(eq(assignments.practiceId, actor.practiceId), eq(assignments.id, assignment.id)));
  return { assignmentId: assignment.id };
}

export const ZCancelAssignmentInput = z.object({ assignmentId: z.uuid() });

export async function cancelAssignment(tx: Tx, actor: Actor, input: z.infer<typeof ZCancelAssignmentInput>) {
  const assignment = await findUnstartedAssignment(tx, actor, input.assignmentId);
  await tx
    .update(assignments)
    .set({ cancelledAt: new Date(), updatedAt: new Date() })
    .where(and(eq(assignments.practiceId, actor.practiceId), eq(assignments.id, assignment.id)));
  return { assignmentId: assignment.id };
}
