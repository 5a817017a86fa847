import { describe, expect, it } from 'vitest';
import { bandOf, scoreAnswers } from '../measure-scoring';
import {
  bodyOf,
  definitionOfPracticeMeasure,
  rangeOf,
  type TPracticeMeasureInput,
  ZPracticeMeasureInput,
} from './practice-measure-shape';

const valid: TPracticeMeasureInput = {
  title: 'Closeness check',
  clientTitle: 'How close you feel',
  about: 'relationship',
  instructions: 'Over the last week:',
  items: [{ text: 'One' }, { text: 'Two' }],
  choices: [
    { value: 1, label: 'Rarely' },
    { value: 2, label: 'Sometimes' },
    { value: 3, label: 'Often' },
  ],
  choiceLayout: 'list',
  scoring: 'sum',
  better: 'higher',
  bands: [
    { from: 2, label: 'Low', tone: 'concern' },
    { from: 4, label: 'Middle', tone: 'watch' },
    { from: 5, label: 'High', tone: 'calm' },
  ],
  reliableChange: 2,
  clinicalCutOff: 3,
  licence: 'Licensed by the author to the practice.',
};

/** Each refusal's field path and message. */
const problems = (input: unknown) => {
  const result = ZPracticeMeasureInput.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('a practice measure definition', () => {
  it('accepts a complete measure', () => {
    expect(problems(valid)).toEqual([]);
  });

  it('works out the range from the scale, the number of questions and the scoring', () => {
    expect(rangeOf(valid)).toEqual([2, 6]);
    expect(rangeOf({ ...valid, scoring: 'mean' })).toEqual([1, 3]);
  });

  it('needs 1 to 40 questions and 2 to 11 answers with distinct values from 0 to 10', () => {
    expect(problems({ ...valid, items: [] })).toContainEqual(['items', 'Add at least one question.']);
    expect(problems({ ...valid, items: Array(41).fill({ text: 'x' }) })[0]?.[0]).toBe('items');
    expect(problems({ ...valid, choices: [{ value: 1, label: 'Only' }] })[0]?.[0]).toBe('choices');
    expect(problems({ ...valid, choices: [...valid.choices, { value: 2, label: 'Again' }] })).toContainEqual([
      'choices.3.value',
      'Each answer needs its own value.',
    ]);
    expect(problems({ ...valid, choices: [{ value: 11, label: 'Big' }, ...valid.choices] })[0]?.[0]).toBe(
      'choices.0.value',
    );
  });

  it('needs bands that start at the lowest score, rise, and stay within the range', () => {
    expect(problems({ ...valid, bands: [{ from: 0, label: 'Low', tone: 'calm' }] })).toContainEqual([
      'bands.0.from',
      'Start at the lowest score, 2.',
    ]);
    expect(
      problems({
        ...valid,
        bands: [valid.bands[0], { from: 2, label: 'Same', tone: 'watch' }],
      }),
    ).toContainEqual(['bands.1.from', 'Start above 2.']);
    expect(
      problems({ ...valid, bands: [valid.bands[0], { from: 7, label: 'Past', tone: 'calm' }] }),
    ).toContainEqual(['bands.1.from', 'Scores run from 2 to 6.']);
  });

  it('keeps the cut-off within the range and the reliable change within its span', () => {
    expect(problems({ ...valid, clinicalCutOff: 9 })).toContainEqual([
      'clinicalCutOff',
      'Scores run from 2 to 6.',
    ]);
    expect(problems({ ...valid, reliableChange: 5 })).toContainEqual([
      'reliableChange',
      'A change can be at most 4 on this scale.',
    ]);
    expect(problems({ ...valid, reliableChange: null, clinicalCutOff: null })).toEqual([]);
  });

  it('requires the licence note and titles, trimmed', () => {
    expect(problems({ ...valid, licence: '   ' })).toContainEqual([
      'licence',
      'Enter what gives the practice the right to use this measure.',
    ]);
    expect(problems({ ...valid, title: '' })[0]?.[0]).toBe('title');
  });

  it('becomes a definition that scores and bands like a built-in', () => {
    const definition = definitionOfPracticeMeasure({
      id: '0b6c3a5e-8f59-4c1b-9d5e-2f0a1b2c3d4e',
      title: valid.title,
      clientTitle: valid.clientTitle,
      licence: valid.licence,
      definition: bodyOf(valid),
      retiredAt: null,
    });
    expect(definition.slug).toBe('pm-0b6c3a5e-8f59-4c1b-9d5e-2f0a1b2c3d4e');
    expect(definition.items.map((i) => i.id)).toEqual(['q1', 'q2']);
    const score = scoreAnswers(definition, { q1: 3, q2: 2 });
    expect(score).toBe(5);
    expect(bandOf(definition, score).label).toBe('High');
    expect(bandOf(definition, 3).tone).toBe('concern');
  });
});
