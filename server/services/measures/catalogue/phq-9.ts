// PHQ-9 (Kroenke, Spitzer and Williams, 2001). Bands and the cut-off of 10 are the authors'; the
// reliable-change threshold of 6 points is the one used by NHS Talking Therapies (IAPT).
import type { MeasureDefinition } from '../measure-definition';
import { HOW_OFTEN, PFIZER_SCREENER_LICENCE } from './pfizer-screeners';

export const PHQ_9: MeasureDefinition = {
  slug: 'phq-9',
  title: 'PHQ-9 (mood)',
  clientTitle: 'How your mood has been',
  about: 'self',
  instructions: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  items: [
    { id: '1', text: 'Little interest or pleasure in doing things' },
    { id: '2', text: 'Feeling down, depressed, or hopeless' },
    { id: '3', text: 'Trouble falling or staying asleep, or sleeping too much' },
    { id: '4', text: 'Feeling tired or having little energy' },
    { id: '5', text: 'Poor appetite or overeating' },
    {
      id: '6',
      text: 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
    },
    {
      id: '7',
      text: 'Trouble concentrating on things, such as reading the newspaper or watching television',
    },
    {
      id: '8',
      text: 'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
    },
    { id: '9', text: 'Thoughts that you would be better off dead or of hurting yourself in some way' },
  ],
  choices: HOW_OFTEN,
  scoring: 'sum',
  range: [0, 27],
  better: 'lower',
  bands: [
    { from: 0, label: 'Minimal', tone: 'calm' },
    { from: 5, label: 'Mild', tone: 'calm' },
    { from: 10, label: 'Moderate', tone: 'watch' },
    { from: 15, label: 'Moderately severe', tone: 'concern' },
    { from: 20, label: 'Severe', tone: 'concern' },
  ],
  reliableChange: 6,
  clinicalCutOff: 10,
  licence: PFIZER_SCREENER_LICENCE,
  safetyItem: '9',
};
