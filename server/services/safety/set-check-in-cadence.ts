// The counselor chooses how often each partner is asked to check in again after the first.
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { coupleSafetySettings } from '@/db/schema';
import type { Actor } from '../actor';
import { recordAudit } from '../audit/record-audit';
import { CHECK_IN_CADENCES } from './check-in-cadences';
import { loadSafetyCouple } from './safety-couple';
import { lockSafetySettings } from './safety-settings';

export const ZSetCheckInCadenceInput = z.object({
  coupleId: z.uuid(),
  cadenceDays: z
    .number()
    .int()
    .refine(
      (n) => (CHECK_IN_CADENCES as readonly number[]).includes(n),
      'Choose one of the offered intervals.',
    ),
});
type TSetCheckInCadenceInput = z.infer<typeof ZSetCheckInCadenceInput>;

export async function setCheckInCadence(tx: Tx, actor: Actor, input: TSetCheckInCadenceInput) {
  const couple = await loadSafetyCouple(tx, actor, input.coupleId);
  const current = await lockSafetySettings(tx, actor, couple.id);
  if (current.checkInCadenceDays === input.cadenceDays)
    return { coupleId: couple.id, cadenceDays: input.cadenceDays };
  await tx
    .update(coupleSafetySettings)
    .set({ checkInCadenceDays: input.cadenceDays, updatedAt: sql`now()` })
    .where(
      and(
        eq(coupleSafetySettings.practiceId, actor.practiceId),
        eq(coupleSafetySettings.coupleId, couple.id),
      ),
    );
  await recordAudit(tx, actor, {
    action: 'safety.cadence.changed',
    targetType: 'couple',
    targetId: couple.id,
    metadata: { from: current.checkInCadenceDays, to: input.cadenceDays },
  });
  return { coupleId: couple.id, cadenceDays: input.cadenceDays };
}
