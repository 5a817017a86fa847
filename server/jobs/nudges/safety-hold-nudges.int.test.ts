// A safety hold stops the couple's nudges: the pending ones are withdrawn as the hold is placed,
// the scheduler writes none while it lasts (homework due, overdue, session reminders), and they
// start again once it is lifted. Nothing about safety ever reaches an email, the counselor's
// digest included.
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { callerFor, makePractice, type TestPractice } from '@/test/factories';
import {
  addSession,
  assignSecret,
  localDate,
  localHour,
  mailTo,
  schedulerNow,
  setPracticeZone,
  setPreferences,
} from '@/test/nudge-fixtures';
import { createTestDb } from '@/test/test-db';
import { runNudgeScheduler } from './run-nudge-scheduler';

const LA = 'America/Los_Angeles';
const now = schedulerNow();
let t: DbHandle;
let p: TestPractice;

beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
  await setPracticeZone(t.db, p.practice.id, LA);
  p = { ...p, practice: { ...p.practice, timeZone: LA } };
});
afterAll(() => t?.close());

const partnerEmails = (pr: TestPractice, which: 'couple' | 'secondCouple') =>
  pr[which].partners.map((x) => x.partner.email.toLowerCase());

async function outboxOf(emails: string[]) {
  return t.db.select().from(emailOutbox).where(inArray(emailOutbox.toEmail, emails));
}

it('withdraws pending nudges, writes none while held, and resumes once lifted', async () => {
  const held = p.couple.couple.id;
  const tomorrow = localDate(now, LA, 1);
  // Homework due tomorrow for both couples; its "assigned" emails are pending in the outbox.
  await assignSecret(t.db, p, held, tomorrow);
  await assignSecret(t.db, p, p.secondCouple.couple.id, tomorrow);
  await addSession(t.db, p, held, new Date(now.getTime() + 20 * 3600_000));
  const pendingBefore = (await outboxOf(partnerEmails(p, 'couple'))).filter((m) => m.status === 'pending');
  expect(pendingBefore.map((m) => m.template)).toEqual(['homework-assigned', 'homework-assigned']);

  const counselor = callerFor(t.db, p.counselor.user.id, p.practice.id);
  const placed = await counselor.safety.setHold({ coupleId: held, hold: true });
  expect(placed.withdrawnNudges).toBe(2);
  const afterHold = await outboxOf(partnerEmails(p, 'couple'));
  expect(afterHold.map((m) => [m.status, m.html, m.text, m.discreetHtml, m.discreetText])).toEqual([
    ['skipped', null, null, null, null],
    ['skipped', null, null, null, null],
  ]);
  // The other couple's mail is untouched.
  const others = await outboxOf(partnerEmails(p, 'secondCouple'));
  expect(others.every((m) => m.status === 'pending')).toBe(true);

  await runNudgeScheduler(t.db, now);
  const heldMail = await outboxOf(partnerEmails(p, 'couple'));
  expect(heldMail.filter((m) => m.template !== 'homework-assigned')).toEqual([]);
  // The scheduler did run: the couple not on hold got its reminders.
  const otherTemplates = (await outboxOf(partnerEmails(p, 'secondCouple'))).map((m) => m.template).sort();
  expect(otherTemplates).toEqual([
    'homework-assigned',
    'homework-assigned',
    'homework-due-tomorrow',
    'homework-due-tomorrow',
  ]);

  // A couple on hold gets no "homework assigned" email either.
  await assignSecret(t.db, p, held, localDate(now, LA, 3));
  expect((await outboxOf(partnerEmails(p, 'couple'))).filter((m) => m.status === 'pending')).toEqual([]);

  await counselor.safety.setHold({ coupleId: held, hold: false });
  await runNudgeScheduler(t.db, new Date(now.getTime() + 60_000));
  const resumed = (await outboxOf(partnerEmails(p, 'couple'))).filter((m) => m.status === 'pending');
  expect(resumed.map((m) => m.template).sort()).toEqual([
    'homework-due-tomorrow',
    'homework-due-tomorrow',
    'session-reminder',
    'session-reminder',
  ]);
});

it("never mentions safety in email: the counselor's digest with an open flag and a hold", async () => {
  const q = await makePractice(t.db);
  await setPracticeZone(t.db, q.practice.id, LA);
  const pq = { ...q, practice: { ...q.practice, timeZone: LA } };
  await setPreferences(t.db, q.counselor.user.id, { digestHour: localHour(now, LA) });
  // Something for the digest to report: overdue homework of the second couple.
  await assignSecret(t.db, pq, q.secondCouple.couple.id, localDate(now, LA, -1));
  const partner = callerFor(t.db, q.couple.partners[0].user.id, q.practice.id, 'client');
  await partner.safety.submitCheckIn({
    answers: { afraid: 'yes', hurt: 'yes', controlled: 'yes', 'put-down': 'yes', 'safe-homework': 'no' },
    note: 'A private note for the counselor only',
  });
  await callerFor(t.db, q.counselor.user.id, q.practice.id).safety.setHold({
    coupleId: q.couple.couple.id,
    hold: true,
  });

  await runNudgeScheduler(t.db, now);

  const [digest] = await mailTo(t.db, q.counselor.user.email, 'counselor-digest');
  expect(digest?.text).toContain('overdue');
  const mail = await t.db
    .select({ subject: emailOutbox.subject, html: emailOutbox.html, text: emailOutbox.text })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.senderPracticeId, q.practice.id)));
  expect(mail.length).toBeGreaterThan(0);
  for (const message of mail) {
    const words = `${message.subject} ${message.html ?? ''} ${message.text ?? ''}`;
    expect(words).not.toMatch(/safety|flag|check-in|hold|private note/i);
  }
});
