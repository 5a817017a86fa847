import { describe, expect, it } from 'vitest';
import { GAD_7 } from './catalogue/gad-7';
import { PHQ_9 } from './catalogue/phq-9';
import { SESSION_FEEDBACK } from './catalogue/session-feedback';
import type { MeasureDefinition } from './measure-definition';
import {
  atOrPastCutOff,
  bandOf,
  IncompleteAnswers,
  reliableChange,
  safetyItemRaised,
  scoreAnswers,
} from './measure-scoring';

/** Answers in item order, as a person would tick them. */
const answered = (measure: MeasureDefinition, values: number[]) =>
  Object.fromEntries(measure.items.map((item, i) => [item.id, values[i] ?? -1]));

describe('PHQ-9', () => {
  // Worked examples: totals and the authors' severity bands at each boundary.
  it.each([
    [[0, 0, 0, 0, 0, 0, 0, 0, 0], 0, 'Minimal'],
    [[1, 1, 1, 1, 0, 0, 0, 0, 0], 4, 'Minimal'],
    [[1, 1, 1, 1, 1, 0, 0, 0, 0], 5, 'Mild'],
    [[2, 2, 1, 1, 1, 1, 1, 0, 0], 9, 'Mild'],
    [[2, 2, 2, 1, 1, 1, 1, 0, 0], 10, 'Moderate'],
    [[3, 2, 2, 2, 2, 1, 1, 1, 0], 14, 'Moderate'],
    [[3, 3, 2, 2, 2, 1, 1, 1, 0], 15, 'Moderately severe'],
    [[3, 3, 3, 2, 2, 2, 2, 2, 0], 19, 'Moderately severe'],
    [[3, 3, 3, 3, 2, 2, 2, 2, 0], 20, 'Severe'],
    [[3, 3, 3, 3, 3, 3, 3, 3, 3], 27, 'Severe'],
  ])('%j totals %i, band %s', (values, total, band) => {
    const score = scoreAnswers(PHQ_9, answered(PHQ_9, values));
    expect(score).toBe(total);
    expect(bandOf(PHQ_9, score).label).toBe(band);
  });

  it('counts 10 and above as past the cut-off, 9 as below it', () => {
    expect(atOrPastCutOff(PHQ_9, 10)).toBe(true);
    expect(atOrPastCutOff(PHQ_9, 9)).toBe(false);
  });

  it('raises the safety item for any answer to item 9 above "Not at all"', () => {
    for (const item9 of [1, 2, 3]) {
      expect(safetyItemRaised(PHQ_9, answered(PHQ_9, [0, 0, 0, 0, 0, 0, 0, 0, item9]))).toBe(true);
    }
    expect(safetyItemRaised(PHQ_9, answered(PHQ_9, [3, 3, 3, 3, 3, 3, 3, 3, 0]))).toBe(false);
    expect(safetyItemRaised(GAD_7, answered(GAD_7, [3, 3, 3, 3, 3, 3, 3]))).toBe(false);
  });

  it('refuses a missing item or a value the scale does not offer', () => {
    expect(() => scoreAnswers(PHQ_9, answered(PHQ_9, [0, 0, 0, 0, 0, 0, 0, 0]))).toThrow(IncompleteAnswers);
    expect(() => scoreAnswers(PHQ_9, answered(PHQ_9, [0, 0, 0, 0, 0, 0, 0, 0, 4]))).toThrow(
      IncompleteAnswers,
    );
  });
});

describe('GAD-7', () => {
  it.each([
    [[0, 0, 0, 0, 0, 0, 0], 0, 'Minimal'],
    [[1, 1, 1, 1, 1, 0, 0], 5, 'Mild'],
    [[2, 2, 2, 1, 1, 1, 1], 10, 'Moderate'],
    [[3, 3, 2, 2, 2, 2, 1], 15, 'Severe'],
    [[3, 3, 3, 3, 3, 3, 3], 21, 'Severe'],
  ])('%j totals %i, band %s', (values, total, band) => {
    const score = scoreAnswers(GAD_7, answered(GAD_7, values));
    expect(score).toBe(total);
    expect(bandOf(GAD_7, score).label).toBe(band);
  });
});

describe('reliable change', () => {
  it('needs 6 points on PHQ-9, either way', () => {
    expect(reliableChange(PHQ_9, 18, 12)).toBe('improved');
    expect(reliableChange(PHQ_9, 18, 13)).toBe('no reliable change');
    expect(reliableChange(PHQ_9, 8, 14)).toBe('worse');
    expect(reliableChange(PHQ_9, 8, 13)).toBe('no reliable change');
  });

  it('needs 4 points on GAD-7', () => {
    expect(reliableChange(GAD_7, 12, 8)).toBe('improved');
    expect(reliableChange(GAD_7, 12, 9)).toBe('no reliable change');
    expect(reliableChange(GAD_7, 6, 10)).toBe('worse');
  });

  it('reads higher as better where the measure says so', () => {
    expect(reliableChange(SESSION_FEEDBACK, 3, 4)).toBe('improved');
    expect(reliableChange(SESSION_FEEDBACK, 4.33, 3.33)).toBe('worse');
    expect(reliableChange(SESSION_FEEDBACK, 4, 3.67)).toBe('no reliable change');
  });
});

describe('session feedback', () => {
  it('scores the mean of its three items, to two decimals', () => {
    expect(scoreAnswers(SESSION_FEEDBACK, { heard: 5, matters: 4, fits: 4 })).toBe(4.33);
    expect(scoreAnswers(SESSION_FEEDBACK, { heard: 2, matters: 2, fits: 3 })).toBe(2.33);
    expect(bandOf(SESSION_FEEDBACK, 2.33).label).toBe('Low');
    expect(bandOf(SESSION_FEEDBACK, 4.33).label).toBe('Good');
  });

  it('has no clinical cut-off', () => {
    expect(atOrPastCutOff(SESSION_FEEDBACK, 1)).toBe(false);
  });
});
