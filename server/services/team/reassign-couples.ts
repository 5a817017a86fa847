import { and, eq, inArray, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { couples, memberships } from '@/db/schema';
import { AppError, notFound } from '@/server/errors';
import type { Actor } from '../actor';
import { recordAudit } from '../audit/record-audit';

/** The most couples one reassignment moves by name. */
export const REASSIGN_LIMIT = 500;

export const ZReassignCouplesInput = z.object({
  fromMembershipId: z.uuid(),
  toMembershipId: z.uuid(),
  /** Absent: every couple of the first counselor. */
  coupleIds: z.array(z.uuid()).min(1, 'Choose at least one couple.').max(REASSIGN_LIMIT).optional(),
});
type TReassignCouplesInput = z.infer<typeof ZReassignCouplesInput>;

/** Moves couples from one staff member to another active one, all or none, one audit event per couple. */
export async function reassignCouples(tx: Tx, actor: Actor, input: TReassignCouplesInput) {
  const [to] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(
      and(
        eq(memberships.practiceId, actor.practiceId),
        eq(memberships.id, input.toMembershipId),
        eq(memberships.status, 'active'),
        ne(memberships.role, 'client'),
      ),
    )
    .for('share');
  if (!to) throw new AppError('NOT_FOUND', 'Choose an active counselor to take the couples.');
  if (to.id === input.fromMembershipId) throw new AppError('BAD_REQUEST', 'Choose a different counselor.');
  const scope = [eq(couples.practiceId, actor.practiceId), eq(couples.counselorId, input.fromMembershipId)];
  if (input.coupleIds) scope.push(inArray(couples.id, input.coupleIds));
  const moved = await tx
    .update(couples)
    .set({ counselorId: to.id })
    .where(and(...scope))
    .returning({ id: couples.id });
  // Throwing rolls the whole move back: a selection is reassigned completely or not at all.
  if (input.coupleIds && moved.length !== new Set(input.coupleIds).size) throw notFound('Couple');
  for (const couple of moved) {
    await recordAudit(tx, actor, {
      action: 'couple.reassigned',
      targetType: 'couple',
      targetId: couple.id,
      metadata: { from: input.fromMembershipId, to: to.id },
    });
  }
  await recordAudit(tx, actor, {
    action: 'team.couples-reassigned',
    targetType: 'membership',
    targetId: input.fromMembershipId,
    metadata: { to: to.id, count: moved.length },
  });
  return { moved: moved.length };
}
