// The one lookup of measures a practice can use: the built-ins, then the practice's own (retired
// ones too, so their answers still chart). Row-level security decides which of the practice's own
// a caller sees: all for staff, for a client only those asked of their couple or answered.
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import { practiceMeasures } from '@/db/schema';
import { AppError } from '@/server/errors';
import { MEASURE_SLUGS, MEASURES } from './catalogue';
import type { MeasureDefinition, MeasureSlug } from './measure-definition';
import { isBuiltInSlug, practiceMeasureIdOf } from './measure-slug';
import { definitionOfPracticeMeasure } from './practice/practice-measure-shape';

export type MeasureDefinitions = ReadonlyMap<MeasureSlug, MeasureDefinition>;

export async function measureDefinitions(tx: DbOrTx, practiceId: string): Promise<MeasureDefinitions> {
  const own = await tx
    .select()
    .from(practiceMeasures)
    .where(eq(practiceMeasures.practiceId, practiceId))
    .orderBy(asc(practiceMeasures.createdAt));
  return new Map<MeasureSlug, MeasureDefinition>([
    ...MEASURE_SLUGS.map((slug) => [slug, MEASURES[slug]] as const),
    ...own.map((row) => {
      const definition = definitionOfPracticeMeasure(row);
      return [definition.slug, definition] as const;
    }),
  ]);
}

/** One measure by slug, or null when the practice has none such (or the caller may not see it). */
export async function findMeasureDefinition(
  tx: Tx,
  practiceId: string,
  slug: string,
): Promise<MeasureDefinition | null> {
  if (isBuiltInSlug(slug)) return MEASURES[slug];
  const id = practiceMeasureIdOf(slug as MeasureSlug);
  if (!id) return null;
  const [row] = await tx
    .select()
    .from(practiceMeasures)
    .where(and(eq(practiceMeasures.practiceId, practiceId), eq(practiceMeasures.id, id)));
  return row ? definitionOfPracticeMeasure(row) : null;
}

export async function getMeasureDefinition(tx: Tx, practiceId: string, slug: string) {
  const definition = await findMeasureDefinition(tx, practiceId, slug);
  if (!definition) throw new AppError('NOT_FOUND', 'That questionnaire was not found.');
  return definition;
}
