// Keeps couple_measure_alerts in step with its sources: recomputes the alerts of some couples (or
// of the whole practice) from their scored answers and the practice's thresholds, with the same
// rules as the couple page (couple-alerts.ts), and replaces their rows. Called in the same
// transaction as every change that moves an alert: a partner's answer (submit-measure), a change
// of thresholds (update-measure-thresholds), the demo seed and the reconcile command. Reads and
// writes go through two SECURITY DEFINER functions (migration *_measure_alerts_rls) because the
// answering partner may read neither the other partner's answers nor the alerts; they carry
// scores only, never an answer.
import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '@/db/client';
import { type AlertKinds, alertKindsOf, coupleAlertsOf, type StoredScore } from './couple-alerts';
import { getMeasureThresholds } from './measure-thresholds';

type ScoreRow = {
  couple_id: string;
  partner_id: string;
  measure_slug: string;
  session_id: string | null;
  submitted_at: Date | string;
  score: number | string;
};

const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

/** The couples' scored answers, oldest first, grouped by couple. */
export async function loadCoupleScores(db: DbOrTx, practiceId: string, coupleIds: readonly string[]) {
  const rows = await queryRows<ScoreRow>(
    db,
    sql`select * from app_measure_alert_scores(${practiceId}::uuid, ${uuidArray(coupleIds)})`,
  );
  const byCouple = new Map<string, StoredScore[]>(coupleIds.map((id) => [id, []]));
  for (const row of rows) {
    byCouple.get(row.couple_id)?.push({
      measure: row.measure_slug,
      partnerId: row.partner_id,
      sessionId: row.session_id,
      submittedAt: new Date(row.submitted_at),
      score: Number(row.score),
    });
  }
  return byCouple;
}

/** What the alerts of the given couples should be now, recomputed from their answers. */
export async function computeMeasureAlerts(
  db: DbOrTx,
  practiceId: string,
  coupleIds: readonly string[],
): Promise<Map<string, AlertKinds>> {
  const thresholds = await getMeasureThresholds(db, practiceId);
  const scores = await loadCoupleScores(db, practiceId, coupleIds);
  return new Map([...scores].map(([id, rows]) => [id, alertKindsOf(coupleAlertsOf(rows, thresholds))]));
}

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
  const kinds = await computeMeasureAlerts(db, practiceId, coupleIds);
  const having = (kind: keyof AlertKinds) => coupleIds.filter((id) => kinds.get(id)?.[kind]);
  await db.execute(
    sql`select app_replace_couple_measure_alerts(${practiceId}::uuid, ${uuidArray(coupleIds)},
      ${uuidArray(having('notImproving'))}, ${uuidArray(having('worse'))}, ${uuidArray(having('allianceSplit'))})`,
  );
}
