// The couple timeline: every kind of event, newest first, paged without gaps or repeats, and
// never a word of what notes or answers say.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { exercises, sessionNoteAddenda, sessionNotes } from '@/db/schema';
import { countingDb } from '@/test/counting-db';
import { callerFor, makePractice, type TestPractice } from '@/test/factories';
import { assignExercise, exerciseContent, inDays, secret } from '@/test/homework-fixtures';
import { recordPracticeActivity } from '@/test/practice-activity';
import { createTestDb } from '@/test/test-db';

let t: DbHandle;
let p: TestPractice;
let activity: Awaited<ReturnType<typeof recordPracticeActivity>>;
const privateText = secret('private-answer');

const counselor = () => callerFor(t.db, p.counselor.user.id, p.practice.id);
const staff = () => ({ userId: p.counselor.user.id, practiceId: p.practice.id });

beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
  // A session with a signed note and an addendum, homework given and answered, through the app.
  activity = await recordPracticeActivity(t.db, p);
  const [answered, unstarted] = activity.assignmentIds;
  await counselor().homework.review({ assignmentId: answered ?? '', comment: 'Seen, thank you' });
  await counselor().homework.cancel({ assignmentId: unstarted ?? '' });
  const privately = await assignExercise(t.db, staff(), p.couple.couple.id, exerciseContent('reflection'));
  await callerFor(t.db, p.couple.partners[1].user.id, p.practice.id, 'client').portal.homework.submit({
    assignmentId: privately,
    body: { kind: 'reflection', answers: [privateText, 'more'] },
    visibility: 'private',
  });
});
afterAll(() => t?.close());

it('lists sessions, notes, homework and answers newest first, with who and when', async () => {
  const timeline = await counselor().timeline.forCouple({ coupleId: p.couple.couple.id });
  const at = timeline.items.map((i) => i.at.getTime());
  expect(at).toEqual([...at].sort((a, b) => b - a));
  const kinds = new Set(timeline.items.map((i) => i.kind));
  expect([...kinds].sort()).toEqual([
    'answer-submitted',
    'homework-assigned',
    'homework-cancelled',
    'homework-reviewed',
    'note-signed',
    'note-started',
    'session',
  ]);
  const session = timeline.items.find((i) => i.kind === 'session');
  expect(session).toMatchObject({ id: activity.sessionId, sessionStatus: 'scheduled', format: 'video' });
  // The session lies ten days ahead, so it heads the list.
  expect(timeline.items[0]?.kind).toBe('session');
  const signed = timeline.items.find((i) => i.kind === 'note-signed');
  expect(signed).toMatchObject({ sessionId: activity.sessionId, addendaCount: 1 });
  const answers = timeline.items.filter((i) => i.kind === 'answer-submitted');
  expect(answers.map((a) => [a.partnerName, a.visibility]).sort()).toEqual(
    [
      [p.couple.partners[0].partner.displayName, 'couple'],
      [p.couple.partners[1].partner.displayName, 'private'],
    ].sort(),
  );
});

it('never carries note text, addenda, process notes, answers or ciphertext', async () => {
  const json = JSON.stringify(await counselor().timeline.forCouple({ coupleId: p.couple.couple.id }));
  const [note] = await t.db.select().from(sessionNotes).where(eq(sessionNotes.sessionId, activity.sessionId));
  const [addendum] = await t.db.select().from(sessionNoteAddenda);
  expect(note && addendum).toBeTruthy();
  for (const hidden of [
    note?.contentCiphertext ?? '',
    addendum?.bodyCiphertext ?? '',
    'Both spoke',
    'Later ',
    'Mine ',
    'I noticed',
    privateText,
    'Seen, thank you',
    'Take your time',
  ]) {
    expect(json).not.toContain(hidden);
  }
});

it('pages through more than 50 events without gaps or repeats, ties included', async () => {
  const library = await t.db.select({ id: exercises.id }).from(exercises).limit(10);
  // Ten assignments from one statement share their creation time to the microsecond.
  for (let i = 0; i < 6; i++) {
    await counselor().homework.assign({
      coupleId: p.couple.couple.id,
      exercises: library.map((e) => ({ source: 'library' as const, exerciseId: e.id })),
      dueOn: inDays(7),
    });
  }
  const seen: string[] = [];
  let cursor: { at: Date; key: string } | undefined;
  let pages = 0;
  do {
    const page = await counselor().timeline.forCouple({ coupleId: p.couple.couple.id, cursor });
    expect(page.items.length).toBeLessThanOrEqual(50);
    seen.push(...page.items.map((i) => i.key));
    cursor = page.nextCursor ?? undefined;
    pages++;
  } while (cursor && pages < 10);
  expect(pages).toBe(2);
  expect(new Set(seen).size).toBe(seen.length);
  const assigned = seen.filter((k) => k.startsWith('homework-assigned:'));
  expect(assigned).toHaveLength(63);
});

it('is for the couple’s staff only', async () => {
  const coupleId = p.couple.couple.id;
  await expect(
    callerFor(t.db, p.otherCounselor.user.id, p.practice.id).timeline.forCouple({ coupleId }),
  ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  await expect(
    callerFor(t.db, p.couple.partners[0].user.id, p.practice.id, 'client').timeline.forCouple({ coupleId }),
  ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  const admin = await callerFor(t.db, p.admin.user.id, p.practice.id).timeline.forCouple({ coupleId });
  expect(admin.items.length).toBeGreaterThan(0);
  const other = await makePractice(t.db);
  await expect(
    callerFor(t.db, other.owner.user.id, other.practice.id).timeline.forCouple({ coupleId }),
  ).rejects.toMatchObject({ code: 'NOT_FOUND' });
});

it('issues the same number of statements for a short history and a long one', async () => {
  const counting = countingDb(t);
  const api = callerFor(counting.db, p.counselor.user.id, p.practice.id);
  const statementsFor = async () => {
    counting.reset();
    await api.timeline.forCouple({ coupleId: p.couple.couple.id });
    return counting.count();
  };
  const short = await statementsFor();
  for (let i = 0; i < 30; i++)
    await assignExercise(t.db, staff(), p.couple.couple.id, exerciseContent('reflection'), {
      dueOn: inDays(i),
    });
  expect(await statementsFor()).toBe(short);
});
