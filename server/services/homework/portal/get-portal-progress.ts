// A partner's progress view of their couple, each partner apart: built only from what that
// partner may read. Their own answers, and their partner's only where canReadAnswer allows (never
// private or counselor-only ones, and a check-in only once both have sent theirs).
import { and, asc, gte } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { assignments } from '@/db/schema';
import type { Actor } from '@/server/services/actor';
import { loadPulseCheckIns } from '@/server/services/measures/pulse-check-ins';
import { loadResponses } from '../load-responses';
import {
  checkInsOf,
  DEFAULT_PROGRESS_WEEKS,
  PROGRESS_ASSIGNMENT_LIMIT,
  progressStart,
  ZProgressWeeks,
} from '../progress/progress-inputs';
import { chartWeeks, progressSeries } from '../progress/progress-series';
import { getPortalPeople } from './get-portal-people';
import { myAssignmentColumns, myAssignmentsFilter } from './my-assignments';
import { portalSlots } from './portal-slots';

export const ZPortalProgressInput = z.object({ weeks: ZProgressWeeks.optional() });
type TPortalProgressInput = z.infer<typeof ZPortalProgressInput>;

export async function getPortalProgress(tx: Tx, actor: Actor, input: TPortalProgressInput) {
  const people = await getPortalPeople(tx, actor);
  const from = progressStart(input.weeks ?? DEFAULT_PROGRESS_WEEKS);
  const rows = await tx
    .select(myAssignmentColumns(people))
    .from(assignments)
    .where(and(myAssignmentsFilter(actor, people), gte(assignments.dueOn, from)))
    .orderBy(asc(assignments.dueOn))
    .limit(PROGRESS_ASSIGNMENT_LIMIT);
  const stored = await loadResponses(
    tx,
    actor.practiceId,
    rows.map((a) => a.id),
  );
  const withSlots = rows.map((a) => {
    const { mine, theirs } = portalSlots(a, people, stored.get(a.id) ?? []);
    return { ...a, slots: theirs ? [mine, theirs] : [mine] };
  });
  // You first, then your partner: the charts keep that order and its colours.
  const partners = [people.me, ...(people.partner ? [people.partner] : [])].map((p) => ({
    id: p.partnerId,
    displayName: p.displayName,
  }));
  return {
    from,
    weeks: chartWeeks(from, rows),
    partners,
    you: people.me.partnerId,
    behaviors: progressSeries(
      partners.map((p) => p.id),
      withSlots,
      [
        ...withSlots.flatMap((a) => checkInsOf(a.dueOn, a.slots)),
        // Only your own pulse: a partner never sees the other's questionnaire answers.
        ...(await loadPulseCheckIns(tx, actor, {
          coupleId: people.coupleId,
          from,
          partnerId: people.me.partnerId,
        })),
      ],
    ),
  };
}
