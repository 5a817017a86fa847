// Ninefold's own pulse on the nine behaviors: each partner rates how they did and how their
// partner did on each one, 1 to 5. It is the weekly check-in scale asked as a questionnaire, so
// its answers feed the same progress charts as a check-in assigned as homework.
import { type Behavior, behavior } from '@/db/schema';
import { BEHAVIOR_LABELS } from '../../homework/behavior-labels';
import type { MeasureDefinition } from '../measure-definition';
import { HOW_TRUE, NINEFOLD_LICENCE } from './ninefold-scale';

const PULSE_WORDING: Record<Behavior, { self: string; partner: string }> = {
  'attentive-listening': {
    self: 'I heard my partner out until I could say back what they meant.',
    partner: 'My partner heard me out until they could say back what I meant.',
  },
  compassion: {
    self: 'I showed I cared when my partner was hurting, even while we disagreed.',
    partner: 'My partner showed they cared when I was hurting, even while we disagreed.',
  },
  'shared-laughter': {
    self: 'I made room for us to laugh together.',
    partner: 'My partner made room for us to laugh together.',
  },
  'de-escalation': {
    self: 'When things got heated, I slowed down or softened.',
    partner: 'When things got heated, my partner slowed down or softened.',
  },
  'present-focus': {
    self: 'I kept to one issue at a time, without raking up the past.',
    partner: 'My partner kept to one issue at a time, without raking up the past.',
  },
  'basic-trust': {
    self: 'I spoke about what hurt me, not about what is wrong with my partner.',
    partner: 'My partner spoke about what hurt them, not about what is wrong with me.',
  },
  accountability: {
    self: 'I owned my part instead of looking for who was to blame.',
    partner: 'My partner owned their part instead of looking for who was to blame.',
  },
  'constructive-energy': {
    self: 'When I was angry, I used it to fix things rather than to hurt.',
    partner: 'When my partner was angry, they used it to fix things rather than to hurt.',
  },
  'quality-time': {
    self: 'I made time for just the two of us.',
    partner: 'My partner made time for just the two of us.',
  },
};

/** The item ids, in order: each behavior rated for "me", then for "my partner". */
export const pulseItemId = (b: Behavior, who: 'self' | 'partner') => `${b}.${who}`;

export const NINE_BEHAVIOR_PULSE: MeasureDefinition = {
  slug: 'nine-behavior-pulse',
  title: 'Nine-behavior pulse',
  clientTitle: 'How the two of you have been doing',
  about: 'relationship',
  instructions:
    'Thinking about the past week, how true is each of these? Answer for yourself and for your partner. Your partner never sees your answers.',
  items: behavior.enumValues.flatMap((b) => [
    { id: pulseItemId(b, 'self'), text: PULSE_WORDING[b].self, group: BEHAVIOR_LABELS[b].name },
    { id: pulseItemId(b, 'partner'), text: PULSE_WORDING[b].partner, group: BEHAVIOR_LABELS[b].name },
  ]),
  choices: HOW_TRUE,
  choiceLayout: 'scale',
  scoring: 'mean',
  range: [1, 5],
  better: 'higher',
  bands: [
    { from: 1, label: 'Struggling', tone: 'concern' },
    { from: 2.5, label: 'Mixed', tone: 'watch' },
    { from: 3.5, label: 'Doing well', tone: 'calm' },
  ],
  reliableChange: null,
  clinicalCutOff: null,
  licence: NINEFOLD_LICENCE,
};
