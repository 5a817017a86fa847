// A couple's safety settings, with the defaults when the counselor has not changed any: a check-in
// every 30 days after the first, no hold.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { coupleSafetySettings } from '@/db/schema';
import type { Actor } from '../actor';

const DEFAULT_CHECK_IN_CADENCE_DAYS = 30;

type TSafetySettings = {
  checkInCadenceDays: number;
  holdPlacedAt: Date | null;
  holdPlacedById: string | null;
};

export async function loadSafetySettings(
  tx: Tx,
  practiceId: string,
  coupleId: string,
): Promise<TSafetySettings> {
  const [row] = await tx
    .select({
      checkInCadenceDays: coupleSafetySettings.checkInCadenceDays,
      holdPlacedAt: coupleSafetySettings.holdPlacedAt,
      holdPlacedById: coupleSafetySettings.holdPlacedById,
    })
    .from(coupleSafetySettings)
    .where(and(eq(coupleSafetySettings.practiceId, practiceId), eq(coupleSafetySettings.coupleId, coupleId)));
  return (
    row ?? { checkInCadenceDays: DEFAULT_CHECK_IN_CADENCE_DAYS, holdPlacedAt: null, holdPlacedById: null }
  );
}

export async function isOnSafetyHold(tx: Tx, practiceId: string, coupleId: string): Promise<boolean> {
  return (await loadSafetySettings(tx, practiceId, coupleId)).holdPlacedAt !== null;
}

/** The current settings row, locked so concurrent hold changes serialise (created if absent). */
export async function lockSafetySettings(tx: Tx, actor: Actor, coupleId: string): Promise<TSafetySettings> {
  await tx
    .insert(coupleSafetySettings)
    .values({ practiceId: actor.practiceId, coupleId })
    .onConflictDoNothing();
  const [row] = await tx
    .select({
      checkInCadenceDays: coupleSafetySettings.checkInCadenceDays,
      holdPlacedAt: coupleSafetySettings.holdPlacedAt,
      holdPlacedById: coupleSafetySettings.holdPlacedById,
    })
    .from(coupleSafetySettings)
    .where(
      and(eq(coupleSafetySettings.practiceId, actor.practiceId), eq(coupleSafetySettings.coupleId, coupleId)),
    )
    .for('update');
  if (!row) throw new Error('couple safety settings vanished after insert');
  return row;
}
