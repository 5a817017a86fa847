// The portal's lists: "this week" (open homework and recent reviews, soonest due first, with each
// partner's status) and the history of completed work, newest first, in pages.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { assignments } from '@/db/schema';
import { callerFor, makePractice, type TestPractice } from '@/test/factories';
import { assignExercise, exerciseContent, inDays } from '@/test/homework-fixtures';
import { createTestDb } from '@/test/test-db';

let t: DbHandle;
let p: TestPractice;

beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
});
afterAll(() => t.close());

const staff = () => ({ userId: p.counselor.user.id, practiceId: p.practice.id });
const counselor = () => callerFor(t.db, p.counselor.user.id, p.practice.id);
const clientOf = (user: { id: string }) => callerFor(t.db, user.id, p.practice.id, 'client');
const oneprompt = { prompts: ['What did you notice?'] };
const answer = { kind: 'reflection' as const, answers: ['noticed'] };

describe('this week', () => {
  it('lists open and recently reviewed homework, soonest due first, with both partners’ status', async () => {
    const couple = p.secondCouple;
    const a = clientOf(couple.partners[0].user);
    const b = clientOf(couple.partners[1].user);
    const assign = (dueOn: string, extra = {}) =>
      assignExercise(
        t.db,
        staff(),
        couple.couple.id,
        exerciseContent('reflection', { ...oneprompt, ...extra }),
        {
          dueOn,
        },
      );
    const later = await assign(inDays(6));
    const sooner = await assign(inDays(2));
    const cancelled = await assign(inDays(3));
    await counselor().homework.cancel({ assignmentId: cancelled });
    const reviewedLately = await assign(inDays(1));
    await counselor().homework.review({ assignmentId: reviewedLately, comment: 'Lovely work' });
    const reviewedLongAgo = await assign(inDays(0));
    await counselor().homework.review({ assignmentId: reviewedLongAgo });
    await t.db
      .update(assignments)
      .set({ reviewedAt: new Date(Date.now() - 15 * 86_400_000) })
      .where(eq(assignments.id, reviewedLongAgo));

    await a.portal.homework.save({ assignmentId: sooner, body: { kind: 'reflection', answers: [''] } });
    await b.portal.homework.submit({ assignmentId: sooner, body: answer, visibility: 'private' });

    const { items } = await a.portal.homework.list();
    expect(items.map((i) => i.id)).toEqual([reviewedLately, sooner, later]);
    expect(items[0]).toMatchObject({ reviewComment: 'Lovely work', myStatus: 'not-started' });
    expect(items[0]?.reviewedAt).toBeInstanceOf(Date);
    expect(items[1]).toMatchObject({
      kind: 'reflection',
      behavior: 'compassion',
      participation: 'each-partner',
      forPartnerId: null,
      myStatus: 'draft',
      partnerStatus: 'submitted',
      reviewedAt: null,
    });
    expect(items[2]).toMatchObject({ myStatus: 'not-started', partnerStatus: 'not-started' });
    expect((await b.portal.homework.list()).items.find((i) => i.id === sooner)).toMatchObject({
      myStatus: 'submitted',
      partnerStatus: 'draft',
    });
  });

  it('shows nothing for a couple with no homework', async () => {
    expect(await clientOf(p.otherCouple.partners[0].user).portal.homework.list()).toEqual({ items: [] });
  });
});

describe('history', () => {
  it('lists completed work only, newest first, in pages of 50 that together hold each item once', async () => {
    const a = clientOf(p.couple.partners[0].user);
    const b = clientOf(p.couple.partners[1].user);
    const { exerciseId } = await counselor().exercises.create({
      content: exerciseContent('reflection', oneprompt),
    });
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const { assignmentIds } = await counselor().homework.assign({
        coupleId: p.couple.couple.id,
        exercises: Array.from({ length: 9 }, () => ({ source: 'practice' as const, exerciseId })),
        dueOn: inDays(4),
      });
      ids.push(...assignmentIds);
    }
    const [draftOnly, partnerOnly, ...done] = ids;
    const completed = done.slice(0, 52);
    for (const assignmentId of completed) await a.portal.homework.submit({ assignmentId, body: answer });
    await a.portal.homework.save({ assignmentId: draftOnly ?? '', body: answer });
    await b.portal.homework.submit({ assignmentId: partnerOnly ?? '', body: answer, visibility: 'couple' });

    const first = await a.portal.homework.history({});
    expect(first.items).toHaveLength(50);
    expect(first.nextCursor).not.toBeNull();
    const second = await a.portal.homework.history({ cursor: first.nextCursor ?? undefined });
    expect(second.nextCursor).toBeNull();
    const seen = [...first.items, ...second.items];
    expect(seen.map((i) => i.id).sort()).toEqual([...completed].sort());
    expect(seen.every((i) => i.myStatus === 'submitted')).toBe(true);
    const times = seen.map((i) => i.submittedAt.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));
    expect(seen[0]?.id).toBe(completed.at(-1));

    const ofB = await b.portal.homework.history({});
    expect(ofB.items.map((i) => i.id)).toEqual([partnerOnly]);
    expect(ofB.items[0]).toMatchObject({ myStatus: 'submitted', partnerStatus: 'not-started' });
  });

  it('includes an exercise done together once either partner has sent the shared answer', async () => {
    const couple = p.otherCouple;
    const otherStaff = { userId: p.otherCounselor.user.id, practiceId: p.practice.id };
    const assignmentId = await assignExercise(
      t.db,
      otherStaff,
      couple.couple.id,
      exerciseContent('practice-log', { participation: 'together' }),
    );
    await clientOf(couple.partners[1].user).portal.homework.submit({
      assignmentId,
      body: { kind: 'practice-log', entries: [{ on: inDays(0), note: 'a walk' }] },
    });
    const history = await clientOf(couple.partners[0].user).portal.homework.history({});
    expect(history.items).toMatchObject([
      { id: assignmentId, participation: 'together', myStatus: 'submitted' },
    ]);
  });
});
