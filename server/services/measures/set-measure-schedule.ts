// The counselor chooses, per couple, which measures its partners are asked and when. Setting a
// measure again changes its timing; removing it stops the asking and keeps every answer.
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { measureSchedules, measureTiming } from '@/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { recordAudit } from '../audit/record-audit';
import { findVisibleCouple } from '../homework/visible-couple';
import { ZMeasureSlug } from './catalogue';
import { getMeasureDefinition } from './measure-definitions';

export const ZSetMeasureScheduleInput = z.discriminatedUnion('timing', [
  z.object({
    coupleId: z.uuid(),
    measure: ZMeasureSlug,
    timing: z.enum(['intake', 'after-session', 'discharge']),
  }),
  z.object({
    coupleId: z.uuid(),
    measure: ZMeasureSlug,
    timing: z.literal('before-session'),
    hoursBefore: z.number().int().min(1).max(168),
  }),
  z.object({
    coupleId: z.uuid(),
    measure: ZMeasureSlug,
    timing: z.literal('every-n-weeks'),
    intervalWeeks: z.number().int().min(1).max(52),
  }),
]);
export type TSetMeasureScheduleInput = z.infer<typeof ZSetMeasureScheduleInput>;

export const ZRemoveMeasureScheduleInput = z.object({ coupleId: z.uuid(), measure: ZMeasureSlug });

/** The timings, in the order a counselor reads them. */
export const MEASURE_TIMINGS = measureTiming.enumValues;

export async function setMeasureSchedule(tx: Tx, actor: Actor, input: TSetMeasureScheduleInput) {
  const couple = await findVisibleCouple(tx, actor, input.coupleId);
  const measure = await getMeasureDefinition(tx, actor.practiceId, input.measure);
  if (measure.retired) {
    const [asked] = await tx
      .select({ slug: measureSchedules.measureSlug })
      .from(measureSchedules)
      .where(
        and(
          eq(measureSchedules.practiceId, actor.practiceId),
          eq(measureSchedules.coupleId, couple.id),
          eq(measureSchedules.measureSlug, input.measure),
        ),
      );
    if (!asked)
      throw new AppError('CONFLICT', 'This measure is retired: it cannot be asked of another couple.');
  }
  const values = {
    timing: input.timing,
    intervalWeeks: input.timing === 'every-n-weeks' ? input.intervalWeeks : null,
    hoursBefore: input.timing === 'before-session' ? input.hoursBefore : 72,
    updatedById: actor.membershipId,
    updatedAt: sql`now()`,
  };
  await tx
    .insert(measureSchedules)
    .values({ practiceId: actor.practiceId, coupleId: couple.id, measureSlug: input.measure, ...values })
    .onConflictDoUpdate({
      target: [measureSchedules.practiceId, measureSchedules.coupleId, measureSchedules.measureSlug],
      set: values,
    });
  await recordAudit(tx, actor, {
    action: 'measures.schedule-changed',
    targetType: 'couple',
    targetId: couple.id,
    metadata: { measure: input.measure, timing: input.timing },
  });
  return { coupleId: couple.id, measure: input.measure, timing: input.timing };
}

export async function removeMeasureSchedule(
  tx: Tx,
  actor: Actor,
  input: z.infer<typeof ZRemoveMeasureScheduleInput>,
) {
  const couple = await findVisibleCouple(tx, actor, input.coupleId);
  const removed = await tx
    .delete(measureSchedules)
    .where(
      and(
        eq(measureSchedules.practiceId, actor.practiceId),
        eq(measureSchedules.coupleId, couple.id),
        eq(measureSchedules.measureSlug, input.measure),
      ),
    )
    .returning({ measure: measureSchedules.measureSlug });
  if (removed.length > 0) {
    await recordAudit(tx, actor, {
      action: 'measures.schedule-changed',
      targetType: 'couple',
      targetId: couple.id,
      metadata: { measure: input.measure, timing: null },
    });
  }
  return { coupleId: couple.id, measure: input.measure, removed: removed.length > 0 };
}
