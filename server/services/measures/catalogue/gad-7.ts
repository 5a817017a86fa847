// GAD-7 (Spitzer, Kroenke, Williams and Löwe, 2006). Bands and the cut-off of 10 are the authors';
// the reliable-change threshold of 4 points is the one used by NHS Talking Therapies (IAPT).
import type { MeasureDefinition } from '../measure-definition';
import { HOW_OFTEN, PFIZER_SCREENER_LICENCE } from './pfizer-screeners';

export const GAD_7: MeasureDefinition = {
  slug: 'gad-7',
  title: 'GAD-7 (anxiety)',
  clientTitle: 'How worried or on edge you have felt',
  about: 'self',
  instructions: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  items: [
    { id: '1', text: 'Feeling nervous, anxious, or on edge' },
    { id: '2', text: 'Not being able to stop or control worrying' },
    { id: '3', text: 'Worrying too much about different things' },
    { id: '4', text: 'Trouble relaxing' },
    { id: '5', text: 'Being so restless that it is hard to sit still' },
    { id: '6', text: 'Becoming easily annoyed or irritable' },
    { id: '7', text: 'Feeling afraid, as if something awful might happen' },
  ],
  choices: HOW_OFTEN,
  scoring: 'sum',
  range: [0, 21],
  better: 'lower',
  bands: [
    { from: 0, label: 'Minimal', tone: 'calm' },
    { from: 5, label: 'Mild', tone: 'calm' },
    { from: 10, label: 'Moderate', tone: 'watch' },
    { from: 15, label: 'Severe', tone: 'concern' },
  ],
  reliableChange: 4,
  clinicalCutOff: 10,
  licence: PFIZER_SCREENER_LICENCE,
};
