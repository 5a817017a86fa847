// A couple's measure alerts from its stored answers: the one computation behind both the couple
// page (get-couple-measures) and the caseload's stored alerts (refresh-measure-alerts), so the two
// can never disagree.
import {
  allianceSplit,
  type MeasureAlert,
  type MeasureThresholds,
  progressAlerts,
  type ScoredAnswer,
} from './measure-alerts';
import type { MeasureDefinition } from './measure-definition';
import type { MeasureDefinitions } from './measure-definitions';

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
  measure: MeasureDefinition,
  scored: readonly ScoredAnswer[],
  thresholds: MeasureThresholds,
): MeasureAlert[] {
  const alerts = progressAlerts(measure, scored, thresholds.notImprovingAfter);
  if (measure.slug === 'session-feedback') {
    const split = allianceSplit(scored, thresholds.allianceSplitGap);
    if (split) alerts.push(split);
  }
  return alerts;
}

/** Every alert a couple's answers raise, measure by measure in the definitions' order. */
export function coupleAlertsOf(
  rows: readonly StoredScore[],
  definitions: MeasureDefinitions,
  thresholds: MeasureThresholds,
): MeasureAlert[] {
  return [...definitions.values()].flatMap((measure) =>
    measureAlertsOf(measure, rows.filter((row) => row.measure === measure.slug).map(toScored), thresholds),
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
