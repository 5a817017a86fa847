// Placing a couple on safety hold stops joint work at once: shared homework pauses (services refuse
// it, the portal hides it), the scheduler writes no more nudges for the couple, and the nudges
// already waiting in the outbox are withdrawn in this same transaction. Lifting it resumes them.
// Both are audited; repeating the current state changes nothing.
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows, type Tx } from '@/db/client';
import { coupleSafetySettings } from '@/db/schema';
import type { Actor } from '../actor';
import { recordAudit } from '../audit/record-audit';
import { loadSafetyCouple } from './safety-couple';
import { lockSafetySettings } from './safety-settings';

export const ZSetSafetyHoldInput = z.object({ coupleId: z.uuid(), hold: z.boolean() });
type TSetSafetyHoldInput = z.infer<typeof ZSetSafetyHoldInput>;

export async function setSafetyHold(tx: Tx, actor: Actor, input: TSetSafetyHoldInput) {
  const couple = await loadSafetyCouple(tx, actor, input.coupleId);
  const current = await lockSafetySettings(tx, actor, couple.id);
  const onHold = current.holdPlacedAt !== null;
  if (onHold === input.hold) return { coupleId: couple.id, hold: onHold, withdrawnNudges: 0 };
  await tx
    .update(coupleSafetySettings)
    .set({
      holdPlacedAt: input.hold ? sql`now()` : null,
      holdPlacedById: input.hold ? actor.membershipId : null,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(coupleSafetySettings.practiceId, actor.practiceId),
        eq(coupleSafetySettings.coupleId, couple.id),
      ),
    );
  let withdrawnNudges = 0;
  if (input.hold) {
    const [row] = await queryRows<{ n: number }>(
      tx,
      sql`select app_withdraw_couple_nudges(${couple.id}::uuid, 'the couple is on hold') as n`,
    );
    withdrawnNudges = Number(row?.n ?? 0);
  }
  await recordAudit(tx, actor, {
    action: input.hold ? 'safety.hold.placed' : 'safety.hold.lifted',
    targetType: 'couple',
    targetId: couple.id,
    metadata: { withdrawnNudges },
  });
  return { coupleId: couple.id, hold: input.hold, withdrawnNudges };
}
