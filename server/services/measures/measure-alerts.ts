// What a counselor should hear about from a couple's measures, worked out from the scores alone:
// an alliance split (one partner feels the therapy works for them markedly less than the other, or
// less than they did), a partner reliably worse than at baseline, or a partner who started at or
// past the cut-off and has not reliably improved after several answers.
import type { MeasureDefinition, MeasureSlug } from './measure-definition';
import { atOrPastCutOff, reliableChange } from './measure-scoring';

/** One partner's scored answer; `occasion` pairs the two partners' answers (a session, or a day). */
export type ScoredAnswer = { partnerId: string; occasion: string; at: Date; score: number };

/** Points apart on session feedback's 1–5 mean at which the two partners' alliance counts as split (the default). */
export const ALLIANCE_SPLIT_GAP = 1;
/** Answers after which a partner who has not reliably improved is "not improving" (the default). */
export const NOT_IMPROVING_AFTER = 4;

/** A practice's own thresholds (practice settings); the constants above are the defaults. */
export type MeasureThresholds = { notImprovingAfter: number; allianceSplitGap: number };
export const DEFAULT_MEASURE_THRESHOLDS: MeasureThresholds = {
  notImprovingAfter: NOT_IMPROVING_AFTER,
  allianceSplitGap: ALLIANCE_SPLIT_GAP,
};

export type MeasureAlert =
  | {
      kind: 'alliance-split';
      partnerId: string;
      why: 'lower than partner' | 'falling';
      from: number;
      to: number;
    }
  | { kind: 'worse'; measure: MeasureSlug; partnerId: string; from: number; to: number }
  | {
      kind: 'not-improving';
      measure: MeasureSlug;
      partnerId: string;
      from: number;
      to: number;
      answers: number;
    };

/** a − b on scores kept to two decimals, so 4.33 − 3.33 is a whole point and not a hair under it. */
const minus = (a: number, b: number) => Math.round((a - b) * 100) / 100;

const byTime = (a: ScoredAnswer, b: ScoredAnswer) => a.at.getTime() - b.at.getTime();

function byPartner(answers: readonly ScoredAnswer[]) {
  const map = new Map<string, ScoredAnswer[]>();
  for (const answer of [...answers].sort(byTime)) {
    map.set(answer.partnerId, [...(map.get(answer.partnerId) ?? []), answer]);
  }
  return map;
}

/**
 * From session feedback: at the latest occasion both partners answered, one partner at least `gap`
 * below the other; otherwise a partner whose latest answer fell that far from their previous one.
 */
export function allianceSplit(
  answers: readonly ScoredAnswer[],
  gap: number = ALLIANCE_SPLIT_GAP,
): MeasureAlert | null {
  const partners = byPartner(answers);
  const [first, second] = [...partners.values()];
  if (first && second) {
    const shared = [...first].reverse().find((a) => second.some((b) => b.occasion === a.occasion));
    const other = shared && second.find((b) => b.occasion === shared.occasion);
    if (shared && other && Math.abs(minus(shared.score, other.score)) >= gap) {
      const [lower, higher] = shared.score < other.score ? [shared, other] : [other, shared];
      return {
        kind: 'alliance-split',
        partnerId: lower.partnerId,
        why: 'lower than partner',
        from: higher.score,
        to: lower.score,
      };
    }
  }
  for (const series of partners.values()) {
    const [previous, latest] = series.slice(-2);
    if (previous && latest && minus(previous.score, latest.score) >= gap) {
      return {
        kind: 'alliance-split',
        partnerId: latest.partnerId,
        why: 'falling',
        from: previous.score,
        to: latest.score,
      };
    }
  }
  return null;
}

/**
 * Per partner: reliably worse than their first answer, or not improving from a clinical start after
 * `notImprovingAfter` answers.
 */
export function progressAlerts(
  measure: MeasureDefinition,
  answers: readonly ScoredAnswer[],
  notImprovingAfter: number = NOT_IMPROVING_AFTER,
): MeasureAlert[] {
  const alerts: MeasureAlert[] = [];
  for (const [partnerId, series] of byPartner(answers)) {
    const baseline = series[0];
    const latest = series.at(-1);
    if (!baseline || !latest || series.length < 2) continue;
    const change = reliableChange(measure, baseline.score, latest.score);
    if (change === 'worse') {
      alerts.push({
        kind: 'worse',
        measure: measure.slug,
        partnerId,
        from: baseline.score,
        to: latest.score,
      });
    } else if (
      change === 'no reliable change' &&
      series.length >= notImprovingAfter &&
      atOrPastCutOff(measure, baseline.score)
    ) {
      alerts.push({
        kind: 'not-improving',
        measure: measure.slug,
        partnerId,
        from: baseline.score,
        to: latest.score,
        answers: series.length,
      });
    }
  }
  return alerts;
}
