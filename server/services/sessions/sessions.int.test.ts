// Scheduling, changing and attending sessions; who may see them; times in the practice's zone.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditEvents, counselingSessions, practices, sessionNotes } from '@/db/schema';
import { callerFor, makePractice, type TestPractice } from '@/test/factories';
import { createTestDb } from '@/test/test-db';
import { utcToWallTime } from './practice-time';

let t: DbHandle;
let p: TestPractice;
let other: TestPractice;

beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
  other = await makePractice(t.db);
});
afterAll(() => t?.close());

const NY = 'America/New_York';
const DAY = 86_400_000;
const counselor = () => callerFor(t.db, p.counselor.user.id, p.practice.id);
const client = (i: 0 | 1, of = p) => callerFor(t.db, of.couple.partners[i].user.id, of.practice.id, 'client');

/** A day `days` from now on the New York calendar. */
const dayAhead = (days: number) => utcToWallTime(new Date(Date.now() + days * DAY), NY).date;

function slot(days: number, time = '10:00') {
  return {
    date: dayAhead(days),
    time,
    durationMinutes: 50,
    format: 'in-person' as const,
    location: '12 Elm St',
  };
}

/** The second Sunday of March of next year: New York moves its clocks from 02:00 to 03:00. */
function nextSpringForward(): string {
  const year = new Date().getUTCFullYear() + 1;
  const firstSunday = 1 + ((7 - new Date(Date.UTC(year, 2, 1)).getUTCDay()) % 7);
  return `${year}-03-${String(firstSunday + 7).padStart(2, '0')}`;
}

/** A session that started in the past, written straight to the database. */
async function pastSession(of: TestPractice, daysAgo: number) {
  const [row] = await t.db
    .insert(counselingSessions)
    .values({
      practiceId: of.practice.id,
      coupleId: of.couple.couple.id,
      counselorId: of.counselor.membership.id,
      startsAt: new Date(Date.now() - daysAgo * DAY),
      durationMinutes: 50,
      format: 'in-person',
      createdById: of.counselor.membership.id,
    })
    .returning();
  if (!row) throw new Error('no session');
  return row;
}

describe('scheduling', () => {
  it('stores the practice wall time as an instant, with the couple’s counselor, and audits it', async () => {
    const input = { coupleId: p.couple.couple.id, ...slot(3, '18:30') };
    const { sessionId, startsAt } = await callerFor(t.db, p.admin.user.id, p.practice.id).sessions.schedule(
      input,
    );
    expect(utcToWallTime(startsAt, NY)).toEqual({ date: input.date, time: '18:30' });
    const [row] = await t.db.select().from(counselingSessions).where(eq(counselingSessions.id, sessionId));
    expect(row).toMatchObject({
      counselorId: p.counselor.membership.id,
      createdById: p.admin.membership.id,
      status: 'scheduled',
      location: '12 Elm St',
    });
    const [audit] = await t.db.select().from(auditEvents).where(eq(auditEvents.targetId, sessionId));
    expect(audit).toMatchObject({ action: 'session.scheduled', actorUserId: p.admin.user.id });
  });

  it('follows the practice’s own time zone', async () => {
    await t.db
      .update(practices)
      .set({ timeZone: 'Europe/Berlin' })
      .where(eq(practices.id, other.practice.id));
    const date = utcToWallTime(new Date(Date.now() + 4 * DAY), 'Europe/Berlin').date;
    const { startsAt } = await callerFor(t.db, other.counselor.user.id, other.practice.id).sessions.schedule({
      coupleId: other.couple.couple.id,
      ...slot(4, '09:00'),
      date,
    });
    expect(utcToWallTime(startsAt, 'Europe/Berlin')).toEqual({ date, time: '09:00' });
  });

  it('refuses a time New York skips when the clocks spring forward, and accepts the hour after', async () => {
    const date = nextSpringForward();
    const base = { coupleId: p.couple.couple.id, ...slot(0), date };
    await expect(counselor().sessions.schedule({ ...base, time: '02:30' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('does not exist'),
    });
    const { startsAt } = await counselor().sessions.schedule({ ...base, time: '03:00' });
    expect(startsAt.toISOString()).toBe(`${date}T07:00:00.000Z`);
  });

  it('checks the format, length, link and start time', async () => {
    const api = counselor();
    const coupleId = p.couple.couple.id;
    for (const location of ['', 'zoom.us/j/1', 'http://meet.example.com/x', 'javascript:alert(1)']) {
      await expect(
        api.sessions.schedule({ coupleId, ...slot(5), format: 'video', location }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    }
    await api.sessions.schedule({
      coupleId,
      ...slot(5),
      format: 'video',
      location: 'https://meet.example.com/abc',
    });
    for (const durationMinutes of [5, 481, 30.5]) {
      await expect(api.sessions.schedule({ coupleId, ...slot(6), durationMinutes })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
    }
    await expect(api.sessions.schedule({ coupleId, ...slot(-2) })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('future'),
    });
    await expect(api.sessions.schedule({ coupleId, ...slot(800) })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(api.sessions.schedule({ coupleId, ...slot(6), date: '2027-02-30' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('refuses to double-book the counselor, across their couples', async () => {
    await counselor().sessions.schedule({ coupleId: p.couple.couple.id, ...slot(9, '14:00') });
    await expect(
      counselor().sessions.schedule({ coupleId: p.secondCouple.couple.id, ...slot(9, '14:30') }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await counselor().sessions.schedule({ coupleId: p.secondCouple.couple.id, ...slot(9, '14:50') });
  });

  it('keeps another counselor’s couple and sessions out of reach', async () => {
    const { sessionId } = await counselor().sessions.schedule({ coupleId: p.couple.couple.id, ...slot(11) });
    const stranger = callerFor(t.db, p.otherCounselor.user.id, p.practice.id);
    await expect(
      stranger.sessions.schedule({ coupleId: p.couple.couple.id, ...slot(12) }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(stranger.sessions.forCouple({ coupleId: p.couple.couple.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(stranger.sessions.cancel({ sessionId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(stranger.sessions.reschedule({ sessionId, ...slot(13) })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const outsider = callerFor(t.db, other.owner.user.id, other.practice.id);
    await expect(outsider.sessions.cancel({ sessionId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(client(0).sessions.cancel({ sessionId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('changing a session', () => {
  it('reschedules while scheduled and audits the old and new start', async () => {
    const { sessionId, startsAt } = await counselor().sessions.schedule({
      coupleId: p.couple.couple.id,
      ...slot(15),
    });
    const moved = await counselor().sessions.reschedule({
      sessionId,
      ...slot(16, '11:15'),
      format: 'video',
      location: 'https://meet.example.com/room',
    });
    expect(utcToWallTime(moved.startsAt, NY).time).toBe('11:15');
    const [row] = await t.db.select().from(counselingSessions).where(eq(counselingSessions.id, sessionId));
    expect(row).toMatchObject({ format: 'video', location: 'https://meet.example.com/room' });
    const [audit] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, sessionId), eq(auditEvents.action, 'session.rescheduled')));
    expect(audit?.metadata).toMatchObject({ fromStartsAt: startsAt.toISOString() });
  });

  it('cancels once; a cancelled session cannot be rescheduled or attended', async () => {
    const { sessionId } = await counselor().sessions.schedule({ coupleId: p.couple.couple.id, ...slot(20) });
    await expect(counselor().sessions.cancel({ sessionId })).resolves.toMatchObject({ status: 'cancelled' });
    await expect(counselor().sessions.cancel({ sessionId })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(counselor().sessions.reschedule({ sessionId, ...slot(21) })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(
      counselor().sessions.recordAttendance({ sessionId, attendance: 'attended' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const actions = await t.db.select().from(auditEvents).where(eq(auditEvents.targetId, sessionId));
    expect(actions.map((a) => a.action).sort()).toEqual(['session.cancelled', 'session.scheduled']);
  });

  it('records attendance only once the session has started, and allows a correction', async () => {
    const { sessionId } = await counselor().sessions.schedule({ coupleId: p.couple.couple.id, ...slot(22) });
    await expect(
      counselor().sessions.recordAttendance({ sessionId, attendance: 'attended' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const past = await pastSession(p, 2);
    await counselor().sessions.recordAttendance({ sessionId: past.id, attendance: 'no-show' });
    await counselor().sessions.recordAttendance({ sessionId: past.id, attendance: 'attended' });
    const [row] = await t.db.select().from(counselingSessions).where(eq(counselingSessions.id, past.id));
    expect(row?.status).toBe('attended');
    const audits = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, past.id), eq(auditEvents.action, 'session.attendance')));
    expect(audits).toHaveLength(2);
  });

  it('will not call a session with a note a no-show', async () => {
    const past = await pastSession(p, 3);
    await t.db.insert(sessionNotes).values({
      practiceId: p.practice.id,
      sessionId: past.id,
      coupleId: p.couple.couple.id,
      authorId: p.counselor.membership.id,
      template: 'dap',
      contentCiphertext: 'not-read-here',
    });
    await expect(
      counselor().sessions.recordAttendance({ sessionId: past.id, attendance: 'no-show' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('lists', () => {
  it('shows staff upcoming sessions soonest first, then past ones latest first, with note status', async () => {
    const list = await counselor().sessions.forCouple({ coupleId: p.couple.couple.id });
    expect(list.timeZone).toBe(NY);
    const upcoming = list.upcoming.map((s) => s.startsAt.getTime());
    expect(upcoming).toEqual([...upcoming].sort((a, b) => a - b));
    expect(list.upcoming.every((s) => s.status === 'scheduled' && s.startsAt > new Date())).toBe(true);
    const past = list.past.map((s) => s.startsAt.getTime());
    expect(past).toEqual([...past].sort((a, b) => b - a));
    expect(list.past.some((s) => s.note?.signedAt === null)).toBe(true);
    expect(list.past.some((s) => s.status === 'cancelled')).toBe(true);
    expect(JSON.stringify(list)).not.toContain('not-read-here');
  });

  it('shows a client only their own couple’s coming sessions', async () => {
    const mine = await client(1).portal.upcomingSessions();
    expect(mine.timeZone).toBe(NY);
    expect(mine.items.length).toBeGreaterThan(0);
    const ids = new Set(mine.items.map((s) => s.id));
    const rows = await t.db
      .select()
      .from(counselingSessions)
      .where(eq(counselingSessions.practiceId, p.practice.id));
    for (const row of rows) {
      const expected =
        row.coupleId === p.couple.couple.id && row.status === 'scheduled' && row.startsAt > new Date();
      expect(ids.has(row.id), `${row.status} ${row.startsAt.toISOString()}`).toBe(expected);
    }
    const secondCouple = callerFor(t.db, p.secondCouple.partners[0].user.id, p.practice.id, 'client');
    const theirs = await secondCouple.portal.upcomingSessions();
    expect(theirs.items.every((s) => !ids.has(s.id))).toBe(true);
    expect(theirs.items).toHaveLength(1);
    await expect(client(0).sessions.forCouple({ coupleId: p.couple.couple.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
