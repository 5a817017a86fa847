// A counselor's progress view of one couple, each partner apart, with what they observed in signed
// session notes. It reads answers as staff: row-level security hides private answers and drafts,
// and canReadAnswer (through slotsFor) agrees.
import { gte } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { assignments } from '@/db/schema';
import type { Actor } from '@/server/services/actor';
import { loadPulseCheckIns } from '@/server/services/measures/pulse-check-ins';
import { loadCoupleObservations } from '@/server/services/notes/load-couple-observations';
import { practiceTimeZone } from '@/server/services/practices/practice-time-zone';
import { slotsFor } from '../answer-slots';
import { findLiveCoupleAssignments } from '../live-couple-assignments';
import { loadResponses } from '../load-responses';
import { findVisibleCouple } from '../visible-couple';
import { observationSeries } from './observation-series';
import {
  checkInsOf,
  DEFAULT_PROGRESS_WEEKS,
  PROGRESS_ASSIGNMENT_LIMIT,
  progressStart,
  ZProgressWeeks,
} from './progress-inputs';
import { chartWeeks, progressSeries } from './progress-series';

export const ZCoupleProgressInput = z.object({ coupleId: z.uuid(), weeks: ZProgressWeeks.optional() });
type TCoupleProgressInput = z.infer<typeof ZCoupleProgressInput>;

export async function getCoupleProgress(tx: Tx, actor: Actor, input: TCoupleProgressInput) {
  const couple = await findVisibleCouple(tx, actor, input.coupleId);
  const from = progressStart(input.weeks ?? DEFAULT_PROGRESS_WEEKS);
  const rows = await findLiveCoupleAssignments(tx, {
    practiceId: actor.practiceId,
    coupleId: couple.id,
    when: gte(assignments.dueOn, from),
    limit: PROGRESS_ASSIGNMENT_LIMIT,
  });
  const stored = await loadResponses(
    tx,
    actor.practiceId,
    rows.map((a) => a.id),
  );
  const partnerIds = couple.partners.map((p) => p.id);
  const withSlots = rows.map((a) => ({
    ...a,
    slots: slotsFor(a, partnerIds, stored.get(a.id) ?? [], { kind: 'staff' }),
  }));
  const observed = observationSeries(
    await loadCoupleObservations(tx, actor, couple.id),
    await practiceTimeZone(tx, actor.practiceId),
    from,
  );
  const behaviors = progressSeries(partnerIds, withSlots, [
    ...withSlots.flatMap((a) => checkInsOf(a.dueOn, a.slots)),
    ...(await loadPulseCheckIns(tx, actor, { coupleId: couple.id, from })),
  ]);
  return {
    from,
    weeks: chartWeeks(from, rows),
    partners: couple.partners.map(({ id, displayName }) => ({ id, displayName })),
    behaviors: behaviors.map((b) => ({ ...b, observed: observed[b.behavior] })),
  };
}
