// The measures Ninefold ships, by slug. Each is free to reproduce or our own: we ship no
// copyrighted items.
import type { BuiltInMeasureSlug, MeasureDefinition } from '../measure-definition';
import { GAD_7 } from './gad-7';
import { NINE_BEHAVIOR_PULSE } from './nine-behavior-pulse';
import { PHQ_9 } from './phq-9';
import { SESSION_FEEDBACK } from './session-feedback';

export const MEASURES: Readonly<Record<BuiltInMeasureSlug, MeasureDefinition>> = {
  'phq-9': PHQ_9,
  'gad-7': GAD_7,
  'session-feedback': SESSION_FEEDBACK,
  'nine-behavior-pulse': NINE_BEHAVIOR_PULSE,
};

export const MEASURE_SLUGS = Object.keys(MEASURES) as BuiltInMeasureSlug[];

export { ZMeasureSlug } from '../measure-slug';
