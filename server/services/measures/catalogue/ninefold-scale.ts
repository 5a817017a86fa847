// What Ninefold's own questionnaires share: one 1-to-5 scale of how true a sentence is, and the
// licence line.
import type { MeasureChoice } from '../measure-definition';

export const HOW_TRUE: readonly MeasureChoice[] = [
  { value: 1, label: 'Not at all' },
  { value: 2, label: 'A little' },
  { value: 3, label: 'Somewhat' },
  { value: 4, label: 'Mostly' },
  { value: 5, label: 'Completely' },
];

export const NINEFOLD_LICENCE = 'Written by Ninefold for Ninefold; free for any practice on Ninefold to use.';
