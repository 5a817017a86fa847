// Due-soon and overdue homework nudges: the right partners, the right counts, their own calendar.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { assignments, couples, memberships, partners } from '@/db/schema';
import { makeCouple, makePractice, type TestPractice } from '@/test/factories';
import {
  assignSecret,
  localDate,
  mailTo,
  schedulerNow,
  setPracticeZone,
  setPreferences,
  submitSecret,
} from '@/test/nudge-fixtures';
import { createTestDb } from '@/test/test-db';
import { runNudgeScheduler } from './run-nudge-scheduler';

let t: DbHandle;
let la: TestPractice;
let auckland: TestPractice;
const now = schedulerNow();

beforeAll(async () => {
  t = await createTestDb();
  la = await makePractice(t.db);
  await setPracticeZone(t.db, la.practice.id, 'America/Los_Angeles');
  auckland = await makePractice(t.db);
  await setPracticeZone(t.db, auckland.practice.id, 'Pacific/Auckland');
});
afterAll(() => t?.close());

const newCouple = (p: TestPractice) => makeCouple(t.db, p.practice.id, p.counselor.membership.id);
const dueSoon = (email: string) => mailTo(t.db, email, 'homework-due-tomorrow');
const overdue = (email: string) => mailTo(t.db, email, 'homework-overdue');

describe('homework due tomorrow', () => {
  it('tells each partner once how many unfinished exercises are due on their tomorrow', async () => {
    const {
      couple,
      partners: [alex, sam],
    } = await newCouple(la);
    const tomorrow = localDate(now, 'America/Los_Angeles', 1);
    const first = await assignSecret(t.db, la, couple.id, tomorrow);
    await assignSecret(t.db, la, couple.id, tomorrow);
    await assignSecret(t.db, la, couple.id, tomorrow, { partnerId: sam.partner.id });
    await assignSecret(t.db, la, couple.id, localDate(now, 'America/Los_Angeles', 2));
    const cancelled = await assignSecret(t.db, la, couple.id, tomorrow);
    await t.db
      .update(assignments)
      .set({ cancelledAt: new Date() })
      .where(and(eq(assignments.practiceId, la.practice.id), eq(assignments.id, cancelled.id)));
    await submitSecret(t.db, la.practice.id, alex.user.id, first.id);

    await runNudgeScheduler(t.db, now);

    const [toAlex] = await dueSoon(alex.partner.email);
    const [toSam] = await dueSoon(sam.partner.email);
    expect(await dueSoon(alex.partner.email)).toHaveLength(1);
    expect(toAlex?.text).toContain('1 exercise from');
    expect(toAlex?.idempotencyKey).toBe(`homework-due-soon:${alex.partner.id}:${tomorrow}`);
    expect(toAlex).toMatchObject({
      recipientUserId: alex.user.id,
      category: 'homework',
      senderPracticeId: la.practice.id,
      senderName: la.practice.name,
    });
    expect(toAlex?.text).toContain(`/portal/${la.practice.id}`);
    expect(toSam?.text).toContain('3 exercises from');
  });

  it('counts an exercise done together as finished for both once either sends the shared answer', async () => {
    const {
      couple,
      partners: [alex, sam],
    } = await newCouple(la);
    const tomorrow = localDate(now, 'America/Los_Angeles', 1);
    const together = await assignSecret(t.db, la, couple.id, tomorrow, { together: true });
    await assignSecret(t.db, la, couple.id, tomorrow);
    await submitSecret(t.db, la.practice.id, sam.user.id, together.id);
    await runNudgeScheduler(t.db, now);
    for (const person of [alex, sam]) {
      const mail = await dueSoon(person.partner.email);
      expect(mail).toHaveLength(1);
      expect(mail[0]?.text).toContain('1 exercise from');
    }
  });

  it('writes nothing once everything due is finished', async () => {
    const {
      couple,
      partners: [alex, sam],
    } = await newCouple(la);
    const { id } = await assignSecret(t.db, la, couple.id, localDate(now, 'America/Los_Angeles', 1));
    await submitSecret(t.db, la.practice.id, alex.user.id, id);
    await submitSecret(t.db, la.practice.id, sam.user.id, id);
    await runNudgeScheduler(t.db, now);
    expect(await dueSoon(alex.partner.email)).toHaveLength(0);
    expect(await dueSoon(sam.partner.email)).toHaveLength(0);
  });

  it('skips partners who have not joined, turned homework nudges off, left, or whose couple is paused', async () => {
    const tomorrow = localDate(now, 'America/Los_Angeles', 1);
    const [notJoined, optedOut, left, paused] = await Promise.all([1, 2, 3, 4].map(() => newCouple(la)));
    if (!notJoined || !optedOut || !left || !paused) throw new Error('no couples');
    for (const c of [notJoined, optedOut, left, paused]) await assignSecret(t.db, la, c.couple.id, tomorrow);
    await t.db
      .update(partners)
      .set({ userId: null })
      .where(eq(partners.id, notJoined.partners[0].partner.id));
    await setPreferences(t.db, optedOut.partners[0].user.id, { homeworkNudges: false });
    await t.db
      .update(memberships)
      .set({ status: 'deactivated' })
      .where(eq(memberships.id, left.partners[0].membership.id));
    await t.db.update(couples).set({ status: 'paused' }).where(eq(couples.id, paused.couple.id));

    await runNudgeScheduler(t.db, now);

    for (const c of [notJoined, optedOut, left]) {
      expect(await dueSoon(c.partners[0].partner.email)).toHaveLength(0);
      expect(await dueSoon(c.partners[1].partner.email)).toHaveLength(1);
    }
    for (const person of paused.partners) expect(await dueSoon(person.partner.email)).toHaveLength(0);
  });

  it('waits for homework assigned today: the partner was just told about it', async () => {
    const {
      couple,
      partners: [alex],
    } = await newCouple(la);
    const { id } = await assignSecret(t.db, la, couple.id, localDate(now, 'America/Los_Angeles', 1));
    await t.db
      .update(assignments)
      .set({ createdAt: new Date(now.getTime() - 3600_000) })
      .where(and(eq(assignments.practiceId, la.practice.id), eq(assignments.id, id)));
    await runNudgeScheduler(t.db, now);
    expect(await dueSoon(alex.partner.email)).toHaveLength(0);
  });

  it("follows the partner's calendar: Auckland is already a day ahead of Los Angeles", async () => {
    // At `now` it is the afternoon of day D in Los Angeles and the morning of D+1 in Auckland.
    const laTomorrow = localDate(now, 'America/Los_Angeles', 1);
    const aklTomorrow = localDate(now, 'Pacific/Auckland', 1);
    expect(aklTomorrow).not.toBe(laTomorrow);
    const inAuckland = await newCouple(auckland);
    await assignSecret(t.db, auckland, inAuckland.couple.id, laTomorrow);
    const inLa = await newCouple(la);
    await assignSecret(t.db, la, inLa.couple.id, laTomorrow);
    // A partner of the Los Angeles practice who lives in Auckland.
    await setPreferences(t.db, inLa.partners[1].user.id, { timeZone: 'Pacific/Auckland' });
    const later = await newCouple(auckland);
    await assignSecret(t.db, auckland, later.couple.id, aklTomorrow);

    await runNudgeScheduler(t.db, now);

    for (const person of inAuckland.partners) expect(await dueSoon(person.partner.email)).toHaveLength(0);
    expect(await dueSoon(inLa.partners[0].partner.email)).toHaveLength(1);
    expect(await dueSoon(inLa.partners[1].partner.email)).toHaveLength(0);
    for (const person of later.partners) {
      const [mail] = await dueSoon(person.partner.email);
      expect(mail?.idempotencyKey).toBe(`homework-due-soon:${person.partner.id}:${aklTomorrow}`);
    }
  });

  it('reads a time zone Postgres does not know as the practice’s, and still nudges everyone else', async () => {
    const {
      couple,
      partners: [alex, sam],
    } = await newCouple(la);
    await setPreferences(t.db, alex.user.id, { timeZone: 'Mars/Olympus_Mons' });
    await assignSecret(t.db, la, couple.id, localDate(now, 'America/Los_Angeles', 1));
    await runNudgeScheduler(t.db, now);
    for (const person of [alex, sam]) expect(await dueSoon(person.partner.email)).toHaveLength(1);
  });

  it('writes nothing before 9:00 on the partner’s clock', async () => {
    const {
      couple,
      partners: [alex],
    } = await newCouple(auckland);
    const early = new Date(now.getTime() - 3 * 3600_000); // 07:00-08:00 in Auckland
    await assignSecret(t.db, auckland, couple.id, localDate(early, 'Pacific/Auckland', 1));
    await runNudgeScheduler(t.db, early);
    expect(await dueSoon(alex.partner.email)).toHaveLength(0);
  });
});

describe('homework overdue', () => {
  it('tells each partner once, the day after the due date, about what they left unfinished', async () => {
    const {
      couple,
      partners: [alex, sam],
    } = await newCouple(la);
    const yesterday = localDate(now, 'America/Los_Angeles', -1);
    const first = await assignSecret(t.db, la, couple.id, yesterday);
    await assignSecret(t.db, la, couple.id, yesterday);
    await assignSecret(t.db, la, couple.id, localDate(now, 'America/Los_Angeles', -2));
    await submitSecret(t.db, la.practice.id, alex.user.id, first.id);

    await runNudgeScheduler(t.db, now);

    const [toAlex] = await overdue(alex.partner.email);
    const [toSam] = await overdue(sam.partner.email);
    expect(await overdue(alex.partner.email)).toHaveLength(1);
    expect(toAlex?.idempotencyKey).toBe(`homework-overdue:${alex.partner.id}:${yesterday}`);
    expect(toAlex?.text).toContain('1 exercise from');
    expect(toSam?.text).toContain('2 exercises from');
    expect(await dueSoon(alex.partner.email)).toHaveLength(0);
  });

  it('writes nothing for finished, cancelled or opted-out homework, nor for homework due today', async () => {
    const yesterday = localDate(now, 'America/Los_Angeles', -1);
    const finished = await newCouple(la);
    const { id } = await assignSecret(t.db, la, finished.couple.id, yesterday);
    for (const person of finished.partners) await submitSecret(t.db, la.practice.id, person.user.id, id);
    const cancelled = await newCouple(la);
    const c = await assignSecret(t.db, la, cancelled.couple.id, yesterday);
    await t.db
      .update(assignments)
      .set({ cancelledAt: new Date() })
      .where(and(eq(assignments.practiceId, la.practice.id), eq(assignments.id, c.id)));
    const optedOut = await newCouple(la);
    await assignSecret(t.db, la, optedOut.couple.id, yesterday);
    for (const person of optedOut.partners)
      await setPreferences(t.db, person.user.id, { homeworkNudges: false });
    const dueToday = await newCouple(la);
    await assignSecret(t.db, la, dueToday.couple.id, localDate(now, 'America/Los_Angeles', 0));

    await runNudgeScheduler(t.db, now);

    for (const couple of [finished, cancelled, optedOut, dueToday])
      for (const person of couple.partners) expect(await overdue(person.partner.email)).toHaveLength(0);
  });
});
