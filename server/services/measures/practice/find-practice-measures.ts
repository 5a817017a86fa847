// The practice's own measures for its settings page: active first, then retired, each with whether
// anyone has answered it (its questions are then sealed) and how many couples are asked it.
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { measureResponses, measureSchedules, practiceMeasures } from '@/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../../actor';
import { practiceMeasureSlug } from '../measure-slug';
import { inputOfPracticeMeasure } from './practice-measure-shape';

export const ZPracticeMeasureIdInput = z.object({ id: z.uuid() });

/** Settings lists them all on one page: a practice enters a handful, so this is a guard, not a page size. */
const MAX_PRACTICE_MEASURES = 200;

/** Whether anyone has answered the measure (its questions are then sealed), and how many couples are asked it. */
const usageOf = (practiceId: string, id: SQL | string) => ({
  answered: sql<boolean>`exists (select 1 from ${measureResponses} where ${measureResponses.practiceId} = ${practiceId} and ${measureResponses.practiceMeasureId} = ${id})`,
  couples: sql<number>`(select count(*)::int from ${measureSchedules} where ${measureSchedules.practiceId} = ${practiceId} and ${measureSchedules.practiceMeasureId} = ${id})`,
});

async function usage(tx: Tx, practiceId: string, id: string) {
  const [row] = await tx.select(usageOf(practiceId, sql`${id}::uuid`)).from(sql`(select 1) as one`);
  return { answered: Boolean(row?.answered), couples: Number(row?.couples ?? 0) };
}

export async function practiceMeasureAnswered(tx: Tx, practiceId: string, id: string) {
  return (await usage(tx, practiceId, id)).answered;
}

/** One statement, however many measures: each row carries its own usage. */
export async function findPracticeMeasures(tx: Tx, actor: Actor) {
  const rows = await tx
    .select({
      id: practiceMeasures.id,
      title: practiceMeasures.title,
      definition: practiceMeasures.definition,
      retiredAt: practiceMeasures.retiredAt,
      updatedAt: practiceMeasures.updatedAt,
      ...usageOf(actor.practiceId, sql`${practiceMeasures.id}`),
    })
    .from(practiceMeasures)
    .where(eq(practiceMeasures.practiceId, actor.practiceId))
    .orderBy(sql`${practiceMeasures.retiredAt} is not null`, asc(practiceMeasures.title))
    .limit(MAX_PRACTICE_MEASURES);
  return rows.map(({ definition, answered, couples, ...row }) => ({
    ...row,
    slug: practiceMeasureSlug(row.id),
    questions: definition.items.length,
    answered: Boolean(answered),
    couples: Number(couples),
  }));
}

export async function getPracticeMeasure(
  tx: Tx,
  actor: Actor,
  input: z.infer<typeof ZPracticeMeasureIdInput>,
) {
  const [row] = await tx
    .select()
    .from(practiceMeasures)
    .where(and(eq(practiceMeasures.practiceId, actor.practiceId), eq(practiceMeasures.id, input.id)));
  if (!row) throw new AppError('NOT_FOUND', 'That measure was not found.');
  return {
    id: row.id,
    retiredAt: row.retiredAt,
    ...(await usage(tx, actor.practiceId, row.id)),
    measure: inputOfPracticeMeasure(row),
  };
}
