// Rebuilds couple_measure_alerts for every practice from the answers and thresholds (`npm run
// measures:reconcile`): after a restore, a bug fix in the rules, or to check that nothing drifted.
// Runs on the system connection (no tenant), one transaction per practice; says how many couples'
// stored alerts it had to correct.
import { asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { coupleMeasureAlerts, practices } from '@/db/schema';
import { refreshMeasureAlerts } from './refresh-measure-alerts';

const stored = async (db: Tx, practiceId: string) =>
  new Map(
    (
      await db
        .select({
          coupleId: coupleMeasureAlerts.coupleId,
          notImproving: coupleMeasureAlerts.notImproving,
          worse: coupleMeasureAlerts.worse,
          allianceSplit: coupleMeasureAlerts.allianceSplit,
        })
        .from(coupleMeasureAlerts)
        .where(eq(coupleMeasureAlerts.practiceId, practiceId))
    ).map(({ coupleId, ...kinds }) => [coupleId, JSON.stringify(kinds)]),
  );

export async function reconcileMeasureAlerts(db: Db) {
  const all = await db.select({ id: practices.id }).from(practices).orderBy(asc(practices.id));
  let corrected = 0;
  let withAlerts = 0;
  for (const { id } of all) {
    await db.transaction(async (tx) => {
      const before = await stored(tx, id);
      await refreshMeasureAlerts(tx, id, 'all');
      const after = await stored(tx, id);
      withAlerts += after.size;
      for (const couple of new Set([...before.keys(), ...after.keys()])) {
        if (before.get(couple) !== after.get(couple)) corrected += 1;
      }
    });
  }
  return { practices: all.length, couplesWithAlerts: withAlerts, corrected };
}
