// Ninefold's own three questions on how the therapy is working for this partner. Asked of each
// partner on their own, because a couple's counselor can be working well for one and not the other.
import type { MeasureDefinition } from '../measure-definition';
import { HOW_TRUE, NINEFOLD_LICENCE } from './ninefold-scale';

export const SESSION_FEEDBACK: MeasureDefinition = {
  slug: 'session-feedback',
  title: 'Session feedback',
  clientTitle: 'How your sessions are going for you',
  about: 'therapy',
  instructions:
    'Thinking about your sessions so far, how true is each of these for you? Your partner never sees your answers.',
  items: [
    { id: 'heard', text: 'I feel heard and understood in our sessions.' },
    { id: 'matters', text: 'We are working on what matters to me.' },
    { id: 'fits', text: 'The way our counselor works suits me.' },
  ],
  choices: HOW_TRUE,
  scoring: 'mean',
  range: [1, 5],
  better: 'higher',
  bands: [
    { from: 1, label: 'Low', tone: 'concern' },
    { from: 3, label: 'Mixed', tone: 'watch' },
    { from: 4, label: 'Good', tone: 'calm' },
  ],
  reliableChange: 1,
  clinicalCutOff: null,
  licence: NINEFOLD_LICENCE,
};
