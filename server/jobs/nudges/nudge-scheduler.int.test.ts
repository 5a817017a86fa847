// The scheduler as a whole: idempotent when run twice or twice at once, a fixed number of
// statements whatever the number of couples, bounded batches, and nothing private in any message.
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { emptyNoteContent } from '@/server/services/notes/note-shape';
import { countingDb } from '@/test/counting-db';
import { callerFor, makeCouple, makePractice } from '@/test/factories';
import {
  addSession,
  assignSecret,
  localDate,
  localHour,
  schedulerNow,
  setPracticeZone,
  setPreferences,
  submitSecret,
} from '@/test/nudge-fixtures';
import { createTestDb } from '@/test/test-db';
import { runNudgeScheduler } from './run-nudge-scheduler';

let t: DbHandle;
const now = schedulerNow();
const LA = 'America/Los_Angeles';

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

/**
 * A Los Angeles practice whose counselor has `size` couples, each with homework due tomorrow and
 * due yesterday and a session in 20 hours, and an attended session without a note for the digest.
 * One partner answers tomorrow's homework, so per couple: 1 due-soon, 2 overdue, 2 reminders; and
 * one digest.
 */
async function practiceWithCouples(size: number) {
  const p = await makePractice(t.db);
  await setPracticeZone(t.db, p.practice.id, LA);
  await setPreferences(t.db, p.counselor.user.id, { digestHour: localHour(now, LA) });
  const list = [p.couple, p.secondCouple];
  while (list.length < size) list.push(await makeCouple(t.db, p.practice.id, p.counselor.membership.id));
  const secrets: string[] = [];
  for (const { couple, partners } of list.slice(0, size)) {
    const soon = await assignSecret(t.db, p, couple.id, localDate(now, LA, 1));
    const late = await assignSecret(t.db, p, couple.id, localDate(now, LA, -1));
    secrets.push(soon.title, late.title);
    secrets.push(await submitSecret(t.db, p.practice.id, partners[0].user.id, soon.id));
    const session = await addSession(t.db, p, couple.id, new Date(now.getTime() + 20 * 3600_000));
    secrets.push(session.location);
  }
  const attended = await addSession(
    t.db,
    p,
    p.couple.couple.id,
    new Date(now.getTime() - 24 * 3600_000),
    'attended',
  );
  secrets.push(attended.location);
  return { p, secrets };
}

const SCHEDULED = ['homework-due-tomorrow', 'homework-overdue', 'session-reminder', 'counselor-digest'];

/** The scheduler's messages for a practice (assigning homework also mails each partner). */
const sentFor = (practiceId: string) =>
  t.db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.senderPracticeId, practiceId), inArray(emailOutbox.template, SCHEDULED)));

it('writes each nudge once when run twice, and the second run renders and inserts nothing', async () => {
  const { p } = await practiceWithCouples(2);
  const first = await runNudgeScheduler(t.db, now);
  expect(first).toEqual({
    homeworkDueSoon: 2,
    homeworkOverdue: 4,
    sessionReminders: 4,
    counselorDigests: 1,
    attentionNeeded: 0,
  });
  const rows = await sentFor(p.practice.id);
  expect(rows).toHaveLength(11);

  const counting = countingDb(t);
  const again = await runNudgeScheduler(counting.db, new Date(now.getTime() + 60_000));
  expect(again).toEqual({
    homeworkDueSoon: 0,
    homeworkOverdue: 0,
    sessionReminders: 0,
    counselorDigests: 0,
    attentionNeeded: 0,
  });
  // Nudges already in the outbox are not candidates: one query per kind, no insert.
  expect(counting.count()).toBe(5);
  expect(await sentFor(p.practice.id)).toHaveLength(11);
});

it('writes each nudge once when two schedulers run at the same moment', async () => {
  const { p } = await practiceWithCouples(3);
  const runs = await Promise.all([runNudgeScheduler(t.db, now), runNudgeScheduler(t.db, now)]);
  const rows = await sentFor(p.practice.id);
  expect(rows).toHaveLength(3 + 6 + 6 + 1);
  expect(new Set(rows.map((r) => r.idempotencyKey)).size).toBe(rows.length);
  const written = runs.reduce((sum, r) => sum + Object.values(r).reduce((a, b) => a + b, 0), 0);
  expect(written).toBe(rows.length);
});

it('issues the same statements for 2 couples as for 40: one query and one insert per kind', async () => {
  const counting = countingDb(t);
  await practiceWithCouples(2);
  counting.reset();
  const small = await runNudgeScheduler(counting.db, now);
  const smallStatements = counting.count();

  await practiceWithCouples(40);
  counting.reset();
  const large = await runNudgeScheduler(counting.db, now);

  expect(small).toEqual({
    homeworkDueSoon: 2,
    homeworkOverdue: 4,
    sessionReminders: 4,
    counselorDigests: 1,
    attentionNeeded: 0,
  });
  expect(large).toEqual({
    homeworkDueSoon: 40,
    homeworkOverdue: 80,
    sessionReminders: 80,
    counselorDigests: 1,
    attentionNeeded: 0,
  });
  expect(smallStatements).toBe(9);
  expect(counting.count()).toBe(smallStatements);
});

it('writes at most `limit` nudges of a kind per run and the next runs write the rest', async () => {
  const { p } = await practiceWithCouples(3);
  const first = await runNudgeScheduler(t.db, now, { limit: 2 });
  expect(first).toEqual({
    homeworkDueSoon: 2,
    homeworkOverdue: 2,
    sessionReminders: 2,
    counselorDigests: 1,
    attentionNeeded: 0,
  });
  await runNudgeScheduler(t.db, now, { limit: 2 });
  await runNudgeScheduler(t.db, now, { limit: 2 });
  expect(await runNudgeScheduler(t.db, now, { limit: 2 })).toEqual({
    homeworkDueSoon: 0,
    homeworkOverdue: 0,
    sessionReminders: 0,
    counselorDigests: 0,
    attentionNeeded: 0,
  });
  expect(await sentFor(p.practice.id)).toHaveLength(3 + 6 + 6 + 1);
});

it('puts no exercise title, answer, note or session detail in any message', async () => {
  const { p, secrets } = await practiceWithCouples(2);
  // A draft note on the attended session, which the digest counts.
  const counselor = callerFor(t.db, p.counselor.user.id, p.practice.id);
  const noteSession = await addSession(
    t.db,
    p,
    p.secondCouple.couple.id,
    new Date(now.getTime() - 3600_000),
    'attended',
  );
  const content = emptyNoteContent();
  content.sections = { data: `secret-note-${noteSession.id}` };
  await counselor.notes.saveDraft({ sessionId: noteSession.id, expectedUpdatedAt: null, content });
  secrets.push(`secret-note-${noteSession.id}`, noteSession.location);

  await runNudgeScheduler(t.db, now);

  const rows = await sentFor(p.practice.id);
  expect(new Set(rows.map((r) => r.template))).toEqual(new Set(SCHEDULED));
  const digest = rows.find((r) => r.template === 'counselor-digest');
  expect(digest?.text).toContain('2 session notes waiting');
  for (const row of rows)
    for (const part of [row.subject, row.html, row.text])
      for (const s of secrets) expect(part).not.toContain(s);
});
