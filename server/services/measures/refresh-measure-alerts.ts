// Keeps couple_measure_alerts in step with its sources: recomputes the alerts of some couples (or
// of the whole practice) from their scored answers and the practice's thresholds, and replaces
// their rows. Called in the same transaction as every change that moves an alert: a partner's
// answer (submit-measure), a change of thresholds (update-measure-thresholds), the demo seed and
// the reconcile command. The work is one SECURITY DEFINER function (migration
// *_measure_alerts_rls), because the answering partner may read neither the other partner's scores
// nor the alerts: it computes inside the database and returns nothing. Its rules are the couple
// page's (couple-alerts.ts), held to them by measure-alerts-parity.int.test.ts.
import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '@/db/client';
import { MEASURE_SLUGS, MEASURES } from './catalogue';

const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

/** The built-in measures' rules, as the database function reads them (a practice's own it reads itself). */
const BUILT_IN_RULES = JSON.stringify(
  Object.fromEntries(
    MEASURE_SLUGS.map((slug) => {
      const { reliableChange, clinicalCutOff, better } = MEASURES[slug];
      return [slug, { reliableChange, clinicalCutOff, better }];
    }),
  ),
);

/**
 * Two partners answering at once must not each store alerts computed without the other's answer,
 * nor an answer race a change of thresholds: a couple's recompute holds the practice's key shared
 * and the couple's key alone; a whole-practice recompute holds the practice's key alone. Taken
 * before reading, so the read (a new snapshot after the wait) sees whatever the holder committed.
 */
async function lockForRecompute(db: DbOrTx, practiceId: string, couples: readonly string[] | 'all') {
  const key = (name: string) => sql`hashtextextended(${`measure-alerts:${name}`}, 0)`;
  if (couples === 'all') {
    await db.execute(sql`select pg_advisory_xact_lock(${key(practiceId)})`);
    return;
  }
  await db.execute(sql`select pg_advisory_xact_lock_shared(${key(practiceId)})`);
  // Sorted, so two recomputes of overlapping couples cannot wait on each other in a circle.
  for (const id of [...couples].sort()) await db.execute(sql`select pg_advisory_xact_lock(${key(id)})`);
}

/** Recomputes and stores the alerts of the given couples, or of every couple in the practice. */
export async function refreshMeasureAlerts(
  db: DbOrTx,
  practiceId: string,
  couples: readonly string[] | 'all',
): Promise<void> {
  const coupleIds =
    couples === 'all'
      ? (
          await queryRows<{ id: string }>(
            db,
            sql`select id from couples where practice_id = ${practiceId} order by id`,
          )
        ).map((row) => row.id)
      : [...new Set(couples)];
  if (coupleIds.length === 0) return;
  await lockForRecompute(db, practiceId, couples === 'all' ? 'all' : coupleIds);
  await db.execute(
    sql`select app_refresh_couple_measure_alerts(${practiceId}::uuid, ${uuidArray(coupleIds)}, ${BUILT_IN_RULES}::jsonb)`,
  );
}
