// The couple a staff member closes or reopens, locked until the transaction ends so two changes of
// its status (or a booking) cannot interleave; NOT_FOUND when the actor may not see it.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { couples } from '@/db/schema';
import { notFound } from '@/server/errors';
import type { Actor } from '@/server/services/actor';
import { canSeeCouple } from '../couple-access';

export const ZCoupleStatusChangeInput = z.object({
  coupleId: z.uuid(),
  /** Optional and short: recorded in the audit log, so no clinical detail belongs here. */
  reason: z
    .string()
    .trim()
    .max(300, 'Keep the reason under 300 characters.')
    .optional()
    .transform((reason) => reason || undefined),
});
export type TCoupleStatusChangeInput = z.infer<typeof ZCoupleStatusChangeInput>;

export async function lockCouple(tx: Tx, actor: Actor, coupleId: string) {
  const [couple] = await tx
    .select({
      id: couples.id,
      counselorId: couples.counselorId,
      status: couples.status,
      closedAt: couples.closedAt,
    })
    .from(couples)
    .where(and(eq(couples.practiceId, actor.practiceId), eq(couples.id, coupleId)))
    .for('update');
  if (!couple || !canSeeCouple(actor, couple.counselorId)) throw notFound('Couple');
  return couple;
}
