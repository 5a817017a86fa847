// A measure's slug: a built-in's own ('phq-9'), or `pm-` and the id of a measure the practice
// entered. The database holds a `pm-` slug to a measure of the same practice (db/schema/measures.ts).
import { z } from 'zod';
import type { BuiltInMeasureSlug, MeasureSlug, PracticeMeasureSlug } from './measure-definition';

const BUILT_IN: readonly BuiltInMeasureSlug[] = ['phq-9', 'gad-7', 'session-feedback', 'nine-behavior-pulse'];
const PRACTICE_SLUG = /^pm-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const ZBuiltInMeasureSlug = z.enum(BUILT_IN as [BuiltInMeasureSlug, ...BuiltInMeasureSlug[]]);

export const ZMeasureSlug = z.union([
  ZBuiltInMeasureSlug,
  // The regex says what a `pm-` slug is; the cast only names its type (zod types a regex as string).
  z.string().regex(PRACTICE_SLUG, 'Not a measure') as unknown as z.ZodType<
    PracticeMeasureSlug,
    PracticeMeasureSlug
  >,
]);

export function practiceMeasureSlug(id: string): PracticeMeasureSlug {
  return `pm-${id.toLowerCase()}`;
}

/** The practice measure's id in a `pm-` slug; null for a built-in. */
export function practiceMeasureIdOf(slug: MeasureSlug): string | null {
  return PRACTICE_SLUG.test(slug) ? slug.slice(3) : null;
}

export function isBuiltInSlug(slug: string): slug is BuiltInMeasureSlug {
  return (BUILT_IN as readonly string[]).includes(slug);
}
