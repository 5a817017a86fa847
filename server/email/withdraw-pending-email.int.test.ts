// A session's pending reminder is taken back when the session moves or is cancelled, in the same
// transaction; only staff of the sending practice can take anything back.
import { eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { withTenant } from '@/db/tenant';
import { callerFor, makePractice, type TestPractice } from '@/test/factories';
import { queryRows } from '@/test/sql';
import { createTestDb } from '@/test/test-db';
import { utcToWallTime } from '../services/sessions/practice-time';
import { enqueueEmail } from './enqueue-email';
import { sessionReminderKeyPrefix } from './withdraw-pending-email';

let t: DbHandle;
let p: TestPractice;
let other: TestPractice;

beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
  other = await makePractice(t.db);
});
afterAll(() => t?.close());

const counselor = () => callerFor(t.db, p.counselor.user.id, p.practice.id);
const inDays = (days: number) =>
  utcToWallTime(new Date(Date.now() + days * 86_400_000), 'America/New_York').date;

async function scheduleWithReminder(practice: TestPractice = p) {
  const api = callerFor(t.db, practice.counselor.user.id, practice.practice.id);
  const { sessionId, startsAt } = await api.sessions.schedule({
    coupleId: practice.couple.couple.id,
    date: inDays(3),
    time: '10:00',
    durationMinutes: 50,
    format: 'in-person',
    location: 'Room 2',
  });
  const partner = practice.couple.partners[0];
  const key = `${sessionReminderKeyPrefix(sessionId)}${startsAt.toISOString()}:${partner.partner.id}`;
  await enqueueEmail(t.db, {
    to: partner.user.email,
    template: 'session-reminder',
    idempotencyKey: key,
    sender: { practiceId: practice.practice.id, name: practice.practice.name },
    nudge: { recipientUserId: partner.user.id, category: 'sessions' },
    props: {
      practiceName: 'P',
      recipientName: 'Alex',
      url: 'http://localhost/portal',
      startsAt,
      timeZone: 'UTC',
    },
  });
  return { sessionId, key };
}

const statusOf = async (key: string) =>
  (await t.db.select().from(emailOutbox).where(eq(emailOutbox.idempotencyKey, key)))[0];

describe('withdrawing pending reminders', () => {
  it('skips the reminder of a rescheduled session, with the reason and no body in either version', async () => {
    const { sessionId, key } = await scheduleWithReminder();
    expect((await statusOf(key))?.discreetHtml).toContain('Your appointment');
    await counselor().sessions.reschedule({
      sessionId,
      date: inDays(4),
      time: '11:00',
      durationMinutes: 50,
      format: 'in-person',
      location: 'Room 2',
    });
    expect(await statusOf(key)).toMatchObject({
      status: 'skipped',
      lastError: 'the session was rescheduled',
      html: null,
      text: null,
      discreetSubject: null,
      discreetHtml: null,
      discreetText: null,
    });
  });

  it('skips the reminder of a cancelled session', async () => {
    const { sessionId, key } = await scheduleWithReminder();
    await counselor().sessions.cancel({ sessionId });
    expect(await statusOf(key)).toMatchObject({ status: 'skipped', lastError: 'the session was cancelled' });
  });

  it("leaves another practice's mail, a client's call and a message a worker holds alone", async () => {
    const theirs = await scheduleWithReminder(other);
    const mine = await scheduleWithReminder();
    const withdraw = (userId: string, practiceId: string, prefix: string) =>
      withTenant(t.db, { practiceId, userId }, (tx) =>
        queryRows<{ n: number }>(tx, sql`select app_withdraw_pending_email(${prefix}, 'test') as n`),
      );
    // Staff of this practice, with the other practice's key: nothing.
    expect(await withdraw(p.counselor.user.id, p.practice.id, theirs.key)).toEqual([{ n: 0 }]);
    // A client of the sending practice: nothing.
    expect(await withdraw(p.couple.partners[0].user.id, p.practice.id, mine.key)).toEqual([{ n: 0 }]);
    // Held by a worker right now: left to the worker.
    await t.db
      .update(emailOutbox)
      .set({ lockedUntil: new Date(Date.now() + 60_000) })
      .where(eq(emailOutbox.idempotencyKey, mine.key));
    expect(await withdraw(p.counselor.user.id, p.practice.id, mine.key)).toEqual([{ n: 0 }]);
    // A prefix too short to mean one session's mail: nothing.
    expect(await withdraw(other.counselor.user.id, other.practice.id, 'session')).toEqual([{ n: 0 }]);
    const pending = await t.db
      .select()
      .from(emailOutbox)
      .where(like(emailOutbox.idempotencyKey, 'session-reminder:%'));
    expect(
      pending.filter((r) => [theirs.key, mine.key].includes(r.idempotencyKey)).map((r) => r.status),
    ).toEqual(['pending', 'pending']);
  });
});
