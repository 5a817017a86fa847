// Answers to a score, a score to its band, two scores to a change: pure, from the measure's data.
import type { MeasureBand, MeasureDefinition } from './measure-definition';

/** One answer per item, by item id: each a value of the measure's choices. */
export type MeasureAnswers = Record<string, number>;

export class IncompleteAnswers extends Error {}

/** The measure's score, or IncompleteAnswers when an item is unanswered or holds a value it does not offer. */
export function scoreAnswers(measure: MeasureDefinition, answers: MeasureAnswers): number {
  const allowed = new Set(measure.choices.map((choice) => choice.value));
  const values = measure.items.map((item) => {
    const value = answers[item.id];
    if (value === undefined || !allowed.has(value)) throw new IncompleteAnswers(`item ${item.id}`);
    return value;
  });
  const sum = values.reduce((total, value) => total + value, 0);
  return measure.scoring === 'sum' ? sum : Math.round((sum / values.length) * 100) / 100;
}

export function bandOf(measure: MeasureDefinition, score: number): MeasureBand {
  const bands = measure.bands.filter((band) => band.from <= score);
  const band = bands.at(-1) ?? measure.bands[0];
  if (!band) throw new Error(`${measure.slug} has no bands`);
  return band;
}

export type Change = 'improved' | 'worse' | 'no reliable change';

/**
 * Whether `to` differs from `from` by at least the measure's reliable-change threshold, and in
 * which direction; null for a measure without one.
 */
export function reliableChange(measure: MeasureDefinition, from: number, to: number): Change | null {
  if (measure.reliableChange === null) return null;
  // Scores keep two decimals: 4.33 to 3.33 is a whole point, not a hair under one.
  const gain = Math.round((measure.better === 'lower' ? from - to : to - from) * 100) / 100;
  if (gain >= measure.reliableChange) return 'improved';
  if (-gain >= measure.reliableChange) return 'worse';
  return 'no reliable change';
}

/** At or beyond the clinical cut-off, in the measure's worse direction; false without a cut-off. */
export function atOrPastCutOff(measure: MeasureDefinition, score: number): boolean {
  if (measure.clinicalCutOff === null) return false;
  return measure.better === 'lower' ? score >= measure.clinicalCutOff : score <= measure.clinicalCutOff;
}

/** The safety item answered above its lowest choice (PHQ-9 item 9: any answer but "Not at all"). */
export function safetyItemRaised(measure: MeasureDefinition, answers: MeasureAnswers): boolean {
  if (!measure.safetyItem) return false;
  const lowest = Math.min(...measure.choices.map((choice) => choice.value));
  return (answers[measure.safetyItem] ?? lowest) > lowest;
}
