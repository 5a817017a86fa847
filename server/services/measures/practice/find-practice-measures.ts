// The practice's own measures for its settings page: active first, then retired, each with whether
// anyone has answered it (its questions are then sealed) and how many couples are asked it.
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { measureResponses, measureSchedules, practiceMeasures } from '@/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../../actor';
import { practiceMeasureSlug } from '../measure-slug';
import { inputOfPracticeMeasure } from './practice-measure-shape';

export const ZPracticeMeasureIdInput = z.object({ id: z.uuid() });

async function usage(tx: Tx, practiceId: string, id: string) {
  const [row] = await tx
    .select({
      answered: sql<boolean>`exists (select 1 from ${measureResponses} where ${measureResponses.practiceId} = ${practiceId} and ${measureResponses.practiceMeasureId} = ${id})`,
      couples: sql<number>`(select count(*)::int from ${measureSchedules} where ${measureSchedules.practiceId} = ${practiceId} and ${measureSchedules.practiceMeasureId} = ${id})`,
    })
    .from(sql`(select 1) as one`);
  return { answered: Boolean(row?.answered), couples: Number(row?.couples ?? 0) };
}

/** Whether anyone has answered the measure: its questions and scoring are then sealed. */
export async function practiceMeasureAnswered(tx: Tx, practiceId: string, id: string) {
  return (await usage(tx, practiceId, id)).answered;
}

export async function findPracticeMeasures(tx: Tx, actor: Actor) {
  const rows = await tx
    .select()
    .from(practiceMeasures)
    .where(eq(practiceMeasures.practiceId, actor.practiceId))
    .orderBy(sql`${practiceMeasures.retiredAt} is not null`, asc(practiceMeasures.title));
  return Promise.all(
    rows.map(async (row) => ({
      id: row.id,
      slug: practiceMeasureSlug(row.id),
      title: row.title,
      questions: row.definition.items.length,
      retiredAt: row.retiredAt,
      updatedAt: row.updatedAt,
      ...(await usage(tx, actor.practiceId, row.id)),
    })),
  );
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
