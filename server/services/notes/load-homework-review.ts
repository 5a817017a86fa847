// The homework a session note reviews: what was due since the couple's previous session (or the
// last 14 days, before their first) up to this one, where each partner is with it, and the
// check-in ratings in that window with their perception gaps. Statuses only: no answer text.
import { and, desc, eq, gt, lt, lte, ne } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { assignments, counselingSessions } from '@/db/schema';
import type { Actor } from '../actor';
import { slotsFor } from '../homework/answer-slots';
import { findLiveCoupleAssignments } from '../homework/live-couple-assignments';
import { loadStaffProgress } from '../homework/load-staff-progress';
import { checkInsOf } from '../homework/progress/progress-inputs';
import { weeklyAverages } from '../homework/progress/weekly-averages';
import { findVisibleCouple } from '../homework/visible-couple';
import { loadPulseCheckIns } from '../measures/pulse-check-ins';
import { calendarDateIn } from '../practices/time-zone';
import type { TNoteSession } from './note-session';

const FIRST_SESSION_LOOKBACK_DAYS = 14;
/** Two weeks of homework is a handful of items; this only guards against the absurd. */
const REVIEW_LIMIT = 100;

const dayAfter = (on: string) =>
  new Date(Date.parse(`${on}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export async function loadHomeworkReview(tx: Tx, actor: Actor, session: TNoteSession) {
  const couple = await findVisibleCouple(tx, actor, session.coupleId);
  const [previous] = await tx
    .select({ id: counselingSessions.id, startsAt: counselingSessions.startsAt })
    .from(counselingSessions)
    .where(
      and(
        eq(counselingSessions.practiceId, actor.practiceId),
        eq(counselingSessions.coupleId, session.coupleId),
        ne(counselingSessions.status, 'cancelled'),
        lt(counselingSessions.startsAt, session.startsAt),
      ),
    )
    .orderBy(desc(counselingSessions.startsAt))
    .limit(1);
  const after = calendarDateIn(
    previous?.startsAt ?? new Date(session.startsAt.getTime() - FIRST_SESSION_LOOKBACK_DAYS * 86_400_000),
    session.timeZone,
  );
  const upTo = calendarDateIn(session.startsAt, session.timeZone);
  const rows = await findLiveCoupleAssignments(tx, {
    practiceId: actor.practiceId,
    coupleId: session.coupleId,
    when: and(gt(assignments.dueOn, after), lte(assignments.dueOn, upTo)),
    limit: REVIEW_LIMIT,
  });
  const stored = await loadStaffProgress(
    tx,
    actor.practiceId,
    rows.map((a) => a.id),
  );
  const partnerIds = couple.partners.map((p) => p.id);
  const items = rows.map((a) => ({
    ...a,
    slots: slotsFor(a, partnerIds, stored.get(a.id) ?? [], { kind: 'staff' }),
  }));
  const pulse = await loadPulseCheckIns(tx, actor, {
    coupleId: session.coupleId,
    from: dayAfter(after),
    upTo,
  });
  const checkIns = weeklyAverages([...items.flatMap((a) => checkInsOf(a.dueOn, a.slots)), ...pulse]).flatMap(
    (b) => b.weeks.map((week) => ({ behavior: b.behavior, ...week })),
  );
  return {
    after,
    upTo,
    previousSessionId: previous?.id ?? null,
    partners: couple.partners,
    items: items.map((a) => ({
      id: a.id,
      title: a.title,
      behavior: a.behavior,
      kind: a.kind,
      partnerId: a.partnerId,
      dueOn: a.dueOn,
      slots: a.slots.map((s) => ({ partnerId: s.partnerId, status: s.status, submittedAt: s.submittedAt })),
    })),
    checkIns,
  };
}
