// What PHQ-9 and GAD-7 share: the four answers on how often a problem bothered the person, and
// the authors' licence note.
import type { MeasureChoice } from '../measure-definition';

export const HOW_OFTEN: readonly MeasureChoice[] = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'Several days' },
  { value: 2, label: 'More than half the days' },
  { value: 3, label: 'Nearly every day' },
];

export const PFIZER_SCREENER_LICENCE =
  'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.';
