// A couple's sessions for staff: what is coming (soonest first), then what has been (latest
// first, in pages), each with whether a note was started or signed. Note content is never read.
import { and, asc, desc, eq, gt, lt, lte, ne, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { counselingSessions, sessionNotes } from '@/db/schema';
import type { Actor } from '../actor';
import { findVisibleCouple } from '../homework/visible-couple';
import { practiceOfficeAddress } from '../practices/practice-office-address';
import { practiceTimeZone } from '../practices/practice-time-zone';
import { bookingDates, utcToWallTime } from './practice-time';
import { sessionAddress } from './session-address';

const PAGE = 50;

export const ZFindCoupleSessionsInput = z.object({
  coupleId: z.uuid(),
  /** The last past session of the previous page. */
  cursor: z.object({ startsAt: z.date(), id: z.uuid() }).optional(),
});

export async function findCoupleSessions(
  tx: Tx,
  actor: Actor,
  input: z.infer<typeof ZFindCoupleSessionsInput>,
) {
  const couple = await findVisibleCouple(tx, actor, input.coupleId);
  const timeZone = await practiceTimeZone(tx, actor.practiceId);
  const officeAddress = await practiceOfficeAddress(tx, actor.practiceId);
  const now = new Date();
  const select = (where: SQL | undefined) =>
    tx
      .select({
        id: counselingSessions.id,
        startsAt: counselingSessions.startsAt,
        durationMinutes: counselingSessions.durationMinutes,
        format: counselingSessions.format,
        location: counselingSessions.location,
        status: counselingSessions.status,
        noteId: sessionNotes.id,
        noteSignedAt: sessionNotes.signedAt,
      })
      .from(counselingSessions)
      .leftJoin(
        sessionNotes,
        and(
          eq(sessionNotes.practiceId, counselingSessions.practiceId),
          eq(sessionNotes.sessionId, counselingSessions.id),
        ),
      )
      .where(
        and(
          eq(counselingSessions.practiceId, actor.practiceId),
          eq(counselingSessions.coupleId, couple.id),
          where,
        ),
      );
  const upcoming = await select(
    and(eq(counselingSessions.status, 'scheduled'), gt(counselingSessions.startsAt, now)),
  )
    .orderBy(asc(counselingSessions.startsAt), asc(counselingSessions.id))
    .limit(PAGE);
  const { cursor } = input;
  const past = await select(
    and(
      or(ne(counselingSessions.status, 'scheduled'), lte(counselingSessions.startsAt, now)),
      cursor
        ? or(
            lt(counselingSessions.startsAt, cursor.startsAt),
            and(eq(counselingSessions.startsAt, cursor.startsAt), lt(counselingSessions.id, cursor.id)),
          )
        : undefined,
    ),
  )
    .orderBy(desc(counselingSessions.startsAt), desc(counselingSessions.id))
    .limit(PAGE + 1);
  const shape = (row: (typeof upcoming)[number]) => ({
    id: row.id,
    startsAt: row.startsAt,
    durationMinutes: row.durationMinutes,
    format: row.format,
    location: row.location,
    address: sessionAddress(row, officeAddress),
    status: row.status,
    wallTime: utcToWallTime(row.startsAt, timeZone),
    note: row.noteId ? { signedAt: row.noteSignedAt } : null,
    canChange: row.status === 'scheduled',
    canRecordAttendance: row.status !== 'cancelled' && row.startsAt.getTime() <= now.getTime(),
  });
  const pastPage = past.slice(0, PAGE);
  const last = pastPage.at(-1);
  return {
    timeZone,
    bookingDates: bookingDates(now, timeZone),
    upcoming: upcoming.map(shape),
    past: pastPage.map(shape),
    nextCursor: past.length > PAGE && last ? { startsAt: last.startsAt, id: last.id } : null,
  };
}
