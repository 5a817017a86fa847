// Session reminders: about a day ahead, to each joined partner, at the time their own clock shows.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { counselingSessions, couples, partners, practices } from '@/db/schema';
import { makeCouple, makePractice, type TestPractice } from '@/test/factories';
import { addSession, mailTo, schedulerNow, setPracticeZone, setPreferences } from '@/test/nudge-fixtures';
import { createTestDb } from '@/test/test-db';
import { runNudgeScheduler } from './run-nudge-scheduler';

let t: DbHandle;
let p: TestPractice;
const now = schedulerNow();
const hours = (n: number) => new Date(now.getTime() + n * 3600_000);

beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
  await setPracticeZone(t.db, p.practice.id, 'America/Los_Angeles');
});
afterAll(() => t?.close());

const newCouple = () => makeCouple(t.db, p.practice.id, p.counselor.membership.id);
const reminders = (email: string) => mailTo(t.db, email, 'session-reminder');

/** How the reminder writes a time, e.g. "Thursday, November 26 at 3:00 PM". */
const shown = (instant: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(instant);

it('reminds each joined partner once, a day ahead, with the time on their own clock', async () => {
  const {
    couple,
    partners: [alex, sam],
  } = await newCouple();
  await setPreferences(t.db, sam.user.id, { timeZone: 'Pacific/Auckland' });
  const session = await addSession(t.db, p, couple.id, hours(20));

  await runNudgeScheduler(t.db, now);

  const [toAlex] = await reminders(alex.partner.email);
  const [toSam] = await reminders(sam.partner.email);
  expect(await reminders(alex.partner.email)).toHaveLength(1);
  expect(toAlex?.idempotencyKey).toBe(
    `session-reminder:${session.id}:${hours(20).toISOString().replace('.000', '')}:${alex.partner.id}`,
  );
  expect(toAlex).toMatchObject({ recipientUserId: alex.user.id, category: 'sessions' });
  expect(toAlex?.text).toContain(shown(hours(20), 'America/Los_Angeles'));
  expect(toSam?.text).toContain(shown(hours(20), 'Pacific/Auckland'));
  expect(toSam?.text).not.toContain(shown(hours(20), 'America/Los_Angeles'));
});

it('writes nothing for sessions too far off, too soon, cancelled or past', async () => {
  const { couple, partners: people } = await newCouple();
  await addSession(t.db, p, couple.id, hours(30));
  await addSession(t.db, p, couple.id, hours(6));
  await addSession(t.db, p, couple.id, hours(20), 'cancelled');
  await addSession(t.db, p, couple.id, hours(-20), 'attended');
  await runNudgeScheduler(t.db, now);
  for (const person of people) expect(await reminders(person.partner.email)).toHaveLength(0);
});

it('skips partners who have not joined or turned reminders off, and couples that are not active', async () => {
  const first = await newCouple();
  const second = await newCouple();
  const closed = await newCouple();
  await t.db.update(partners).set({ userId: null }).where(eq(partners.id, first.partners[0].partner.id));
  await setPreferences(t.db, second.partners[0].user.id, { sessionReminders: false });
  await t.db.update(couples).set({ status: 'closed' }).where(eq(couples.id, closed.couple.id));
  for (const c of [first, second, closed]) await addSession(t.db, p, c.couple.id, hours(20));

  await runNudgeScheduler(t.db, now);

  for (const c of [first, second]) {
    expect(await reminders(c.partners[0].partner.email)).toHaveLength(0);
    expect(await reminders(c.partners[1].partner.email)).toHaveLength(1);
  }
  for (const person of closed.partners) expect(await reminders(person.partner.email)).toHaveLength(0);
});

it('reminds again when the session moves, at its new time', async () => {
  const {
    couple,
    partners: [alex],
  } = await newCouple();
  const session = await addSession(t.db, p, couple.id, hours(20));
  await runNudgeScheduler(t.db, now);
  await runNudgeScheduler(t.db, now);
  expect(await reminders(alex.partner.email)).toHaveLength(1);

  await t.db
    .update(counselingSessions)
    .set({ startsAt: hours(22) })
    .where(eq(counselingSessions.id, session.id));
  await runNudgeScheduler(t.db, now);

  const mail = await reminders(alex.partner.email);
  expect(mail).toHaveLength(2);
  expect(mail.some((m) => m.text?.includes(shown(hours(22), 'America/Los_Angeles')))).toBe(true);
});

it('says where an in-person session is: its own address, else the practice’s office; a video session, nowhere', async () => {
  const office = '12 Elm Street, Suite 4, Portland, OR 97201';
  await t.db.update(practices).set({ officeAddress: office }).where(eq(practices.id, p.practice.id));
  const [atOffice, elsewhere, video] = await Promise.all([newCouple(), newCouple(), newCouple()]);
  const inPerson = async (coupleId: string, location: string) => {
    const session = await addSession(t.db, p, coupleId, hours(20));
    await t.db
      .update(counselingSessions)
      .set({ format: 'in-person', location })
      .where(eq(counselingSessions.id, session.id));
  };
  await inPerson(atOffice.couple.id, '');
  await inPerson(elsewhere.couple.id, '40 Harbor Road, Room 2');
  await addSession(t.db, p, video.couple.id, hours(20));

  await runNudgeScheduler(t.db, now);

  const [toOffice] = await reminders(atOffice.partners[0].partner.email);
  const [toElsewhere] = await reminders(elsewhere.partners[0].partner.email);
  const [toVideo] = await reminders(video.partners[0].partner.email);
  expect(toOffice?.text).toContain(`Address: ${office}`);
  expect(toOffice?.html).toContain(office);
  expect(toElsewhere?.text).toContain('Address: 40 Harbor Road, Room 2');
  expect(toElsewhere?.text).not.toContain(office);
  expect(toVideo?.text).not.toContain('Address:');
});
