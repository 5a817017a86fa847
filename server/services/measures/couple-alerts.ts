// A couple's measure alerts from its stored answers: the one computation behind both the couple
// page (get-couple-measures) and the caseload's stored alerts (refresh-measure-alerts), so the two
// can never disagree.
import { MEASURE_SLUGS, MEASURES } from './catalogue';
import {
  allianceSplit,
  type MeasureAlert,
  type MeasureThresholds,
  progressAlerts,
  type ScoredAnswer,
} from './measure-alerts';
import type { MeasureSlug } from './measure-definition';

/** One stored answer as the alert rules need it (no item answers). */
export type StoredScore = {
  measure: string;
  partnerId: string;
  sessionId: string | null;
  submittedAt: Date;
  score: number;
};

/** Answers pair up by their session, or else by the day they were sent. */
export const occasionOf = (row: { sessionId: string | null; submittedAt: Date }) =>
  row.sessionId ?? row.submittedAt.toISOString().slice(0, 10);

export const toScored = (row: StoredScore): ScoredAnswer => ({
  partnerId: row.partnerId,
  occasion: occasionOf(row),
  at: row.submittedAt,
  score: row.score,
});

/** The alerts one measure's answers raise (session feedback also says whether the alliance is split). */
export function measureAlertsOf(
  slug: MeasureSlug,
  scored: readonly ScoredAnswer[],
  thresholds: MeasureThresholds,
): MeasureAlert[] {
  const alerts = progressAlerts(MEASURES[slug], scored, thresholds.notImprovingAfter);
  if (slug === 'session-feedback') {
    const split = allianceSplit(scored, thresholds.allianceSplitGap);
    if (split) alerts.push(split);
  }
  return alerts;
}

/** Every alert a couple's answers raise, measure by measure in catalogue order. */
export function coupleAlertsOf(rows: readonly StoredScore[], thresholds: MeasureThresholds): MeasureAlert[] {
  return MEASURE_SLUGS.flatMap((slug) =>
    measureAlertsOf(slug, rows.filter((row) => row.measure === slug).map(toScored), thresholds),
  );
}

export type AlertKinds = { notImproving: boolean; worse: boolean; allianceSplit: boolean };

export function alertKindsOf(alerts: readonly MeasureAlert[]): AlertKinds {
  return {
    notImproving: alerts.some((a) => a.kind === 'not-improving'),
    worse: alerts.some((a) => a.kind === 'worse'),
    allianceSplit: alerts.some((a) => a.kind === 'alliance-split'),
  };
}
