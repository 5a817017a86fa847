// The global exercise library: every exercise, grouped by behavior in the canonical order.
import type { LibraryExercise } from '../exercise-content';
import { accountability } from './accountability';
import { attentiveListening } from './attentive-listening';
import { basicTrust } from './basic-trust';
import { compassion } from './compassion';
import { constructiveEnergy } from './constructive-energy';
import { deEscalation } from './de-escalation';
import { presentFocus } from './present-focus';
import { qualityTime } from './quality-time';
import { sharedLaughter } from './shared-laughter';

export const EXERCISE_LIBRARY: LibraryExercise[] = [
  ...attentiveListening,
  ...compassion,
  ...sharedLaughter,
  ...deEscalation,
  ...presentFocus,
  ...basicTrust,
  ...accountability,
  ...constructiveEnergy,
  ...qualityTime,
];
