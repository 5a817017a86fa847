// An owner or admin enters a measure the practice is licensed to use, edits it while no one has
// answered it, or retires it (asked of no new couple; its answers keep charting). Each is audited.
import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { practiceMeasures } from '@/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../../actor';
import { recordAudit } from '../../audit/record-audit';
import { practiceMeasureSlug } from '../measure-slug';
import { practiceMeasureAnswered } from './find-practice-measures';
import { bodyOf, ZPracticeMeasureInput } from './practice-measure-shape';

export const ZCreatePracticeMeasureInput = z.object({ measure: ZPracticeMeasureInput });
export const ZUpdatePracticeMeasureInput = z.object({ id: z.uuid(), measure: ZPracticeMeasureInput });

export async function createPracticeMeasure(
  tx: Tx,
  actor: Actor,
  input: z.infer<typeof ZCreatePracticeMeasureInput>,
) {
  const { measure } = input;
  const [row] = await tx
    .insert(practiceMeasures)
    .values({
      practiceId: actor.practiceId,
      title: measure.title,
      clientTitle: measure.clientTitle,
      licence: measure.licence,
      definition: bodyOf(measure),
      createdById: actor.membershipId,
    })
    .returning({ id: practiceMeasures.id });
  if (!row) throw new Error('practice measure not stored');
  await recordAudit(tx, actor, {
    action: 'measures.practice-measure-created',
    targetType: 'practice-measure',
    targetId: row.id,
    metadata: { title: measure.title, questions: measure.items.length },
  });
  return { id: row.id, slug: practiceMeasureSlug(row.id) };
}

export async function updatePracticeMeasure(
  tx: Tx,
  actor: Actor,
  input: z.infer<typeof ZUpdatePracticeMeasureInput>,
) {
  // The check below words the refusal; an answer that lands between it and the update is caught by
  // the database's trigger (migration *_practice_measures_rls), which has the last word.
  const [current] = await tx
    .select({ id: practiceMeasures.id, retiredAt: practiceMeasures.retiredAt })
    .from(practiceMeasures)
    .where(and(eq(practiceMeasures.practiceId, actor.practiceId), eq(practiceMeasures.id, input.id)))
    .for('update');
  if (!current) throw new AppError('NOT_FOUND', 'That measure was not found.');
  if (current.retiredAt) throw new AppError('CONFLICT', 'This measure is retired; add a new one instead.');
  if (await practiceMeasureAnswered(tx, actor.practiceId, input.id))
    throw new AppError(
      'CONFLICT',
      'Someone has answered this measure, so its questions can no longer change. Retire it and add a new one.',
    );
  const { measure } = input;
  await tx
    .update(practiceMeasures)
    .set({
      title: measure.title,
      clientTitle: measure.clientTitle,
      licence: measure.licence,
      definition: bodyOf(measure),
      updatedAt: sql`now()`,
    })
    .where(and(eq(practiceMeasures.practiceId, actor.practiceId), eq(practiceMeasures.id, input.id)));
  await recordAudit(tx, actor, {
    action: 'measures.practice-measure-updated',
    targetType: 'practice-measure',
    targetId: input.id,
    metadata: { title: measure.title, questions: measure.items.length },
  });
  return { id: input.id, slug: practiceMeasureSlug(input.id) };
}

export async function retirePracticeMeasure(tx: Tx, actor: Actor, input: { id: string }) {
  const retired = await tx
    .update(practiceMeasures)
    .set({ retiredAt: sql`now()`, updatedAt: sql`now()` })
    .where(
      and(
        eq(practiceMeasures.practiceId, actor.practiceId),
        eq(practiceMeasures.id, input.id),
        isNull(practiceMeasures.retiredAt),
      ),
    )
    .returning({ title: practiceMeasures.title });
  if (retired[0]) {
    await recordAudit(tx, actor, {
      action: 'measures.practice-measure-retired',
      targetType: 'practice-measure',
      targetId: input.id,
      metadata: { title: retired[0].title },
    });
  } else {
    const [exists] = await tx
      .select({ id: practiceMeasures.id })
      .from(practiceMeasures)
      .where(and(eq(practiceMeasures.practiceId, actor.practiceId), eq(practiceMeasures.id, input.id)));
    if (!exists) throw new AppError('NOT_FOUND', 'That measure was not found.');
  }
  return { id: input.id, retired: true };
}
