// A client's coming sessions: their own couple's, still scheduled, not yet over. RLS already
// limits a client to their couple; the explicit filter keeps the query honest without it.
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { counselingSessions, partners } from '@/db/schema';
import { notFound } from '@/server/errors';
import type { Actor } from '../actor';
import { practiceOfficeAddress } from '../practices/practice-office-address';
import { practiceTimeZone } from '../practices/practice-time-zone';
import { sessionAddress } from '../sessions/session-address';

const SHOWN = 10;

export async function findUpcomingSessions(tx: Tx, actor: Actor) {
  const [mine] = await tx
    .select({ coupleId: partners.coupleId })
    .from(partners)
    .where(and(eq(partners.practiceId, actor.practiceId), eq(partners.userId, actor.userId)));
  if (!mine) throw notFound('Couple');
  const items = await tx
    .select({
      id: counselingSessions.id,
      startsAt: counselingSessions.startsAt,
      durationMinutes: counselingSessions.durationMinutes,
      format: counselingSessions.format,
      location: counselingSessions.location,
    })
    .from(counselingSessions)
    .where(
      and(
        eq(counselingSessions.practiceId, actor.practiceId),
        eq(counselingSessions.coupleId, mine.coupleId),
        eq(counselingSessions.status, 'scheduled'),
        gt(
          sql`${counselingSessions.startsAt} + make_interval(mins => ${counselingSessions.durationMinutes})`,
          sql`now()`,
        ),
      ),
    )
    .orderBy(asc(counselingSessions.startsAt))
    .limit(SHOWN);
  const officeAddress = await practiceOfficeAddress(tx, actor.practiceId);
  return {
    timeZone: await practiceTimeZone(tx, actor.practiceId),
    items: items.map((item) => ({ ...item, address: sessionAddress(item, officeAddress) })),
  };
}
