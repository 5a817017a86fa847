// The counselor acknowledges a safety flag with a note of what they did or will do: sealed, audited.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { safetyFlags } from '@/db/schema';
import { AppError, notFound } from '@/server/errors';
import type { Actor } from '../actor';
import { recordAudit } from '../audit/record-audit';
import { loadSafetyCouple } from './safety-couple';
import { sealFlagNote } from './sealed-safety';

export const ZAcknowledgeFlagInput = z.object({
  flagId: z.uuid(),
  note: z.string().trim().min(1, 'Write a short note of what you did or will do.').max(4000),
});
type TAcknowledgeFlagInput = z.infer<typeof ZAcknowledgeFlagInput>;

export async function acknowledgeFlag(tx: Tx, actor: Actor, input: TAcknowledgeFlagInput) {
  const [flag] = await tx
    .select({
      id: safetyFlags.id,
      coupleId: safetyFlags.coupleId,
      acknowledgedAt: safetyFlags.acknowledgedAt,
    })
    .from(safetyFlags)
    .where(and(eq(safetyFlags.practiceId, actor.practiceId), eq(safetyFlags.id, input.flagId)))
    .for('update');
  if (!flag) throw notFound('Flag');
  await loadSafetyCouple(tx, actor, flag.coupleId);
  if (flag.acknowledgedAt) throw new AppError('CONFLICT', 'This flag has already been acknowledged.');
  const acknowledgedAt = new Date();
  await tx
    .update(safetyFlags)
    .set({
      acknowledgedAt,
      acknowledgedById: actor.membershipId,
      noteCiphertext: sealFlagNote(actor.practiceId, flag.id, input.note),
    })
    .where(and(eq(safetyFlags.practiceId, actor.practiceId), eq(safetyFlags.id, flag.id)));
  await recordAudit(tx, actor, {
    action: 'safety.flag.acknowledged',
    targetType: 'couple',
    targetId: flag.coupleId,
    metadata: { flagId: flag.id },
  });
  return { flagId: flag.id, acknowledgedAt };
}
