// Answering homework in the portal: drafts that survive, sending once, the shared answer of an
// exercise done together, answers that must fit the exercise, and visibility until review.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { practices, responses } from '@/db/schema';
import { callerFor, makePractice, type TestPractice } from '@/test/factories';
import { assignExercise, exerciseContent, secret } from '@/test/homework-fixtures';
import { createTestDb } from '@/test/test-db';
import type { TAnswerBody } from '../answer-body';

let t: DbHandle;
let p: TestPractice;

beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
});
afterAll(() => t.close());

const staff = () => ({ userId: p.counselor.user.id, practiceId: p.practice.id });
const partnerA = () => callerFor(t.db, p.couple.partners[0].user.id, p.practice.id, 'client');
const partnerB = () => callerFor(t.db, p.couple.partners[1].user.id, p.practice.id, 'client');
const assign = (kind: Parameters<typeof exerciseContent>[0], extra = {}) =>
  assignExercise(t.db, staff(), p.couple.couple.id, exerciseContent(kind, extra));
const rowsOf = (assignmentId: string) =>
  t.db.select().from(responses).where(eq(responses.assignmentId, assignmentId));

describe('drafts', () => {
  it('autosaves a draft that a later get returns in full, to its author', async () => {
    const assignmentId = await assign('reflection');
    const words = secret('draft');
    const saved = await partnerA().portal.homework.save({
      assignmentId,
      body: { kind: 'reflection', answers: [words, ''] },
    });
    expect(saved).toMatchObject({
      assignmentId,
      status: 'draft',
      visibility: 'counselor',
      submittedAt: null,
    });
    const view = await partnerA().portal.homework.get({ assignmentId });
    expect(view.mine).toMatchObject({
      partnerId: p.couple.partners[0].partner.id,
      status: 'draft',
      visibility: 'counselor',
      answer: { kind: 'reflection', answers: [words, ''] },
    });
    expect(view.theirs).toMatchObject({ partnerId: p.couple.partners[1].partner.id, status: 'not-started' });
  });

  it('saves the same body twice, and a changed one, into one row', async () => {
    const assignmentId = await assign('reflection');
    const body = { kind: 'reflection' as const, answers: ['first', ''] };
    await partnerA().portal.homework.save({ assignmentId, body });
    await partnerA().portal.homework.save({ assignmentId, body });
    await partnerA().portal.homework.save({ assignmentId, body: { ...body, answers: ['first', 'second'] } });
    expect(await rowsOf(assignmentId)).toHaveLength(1);
    const view = await partnerA().portal.homework.get({ assignmentId });
    expect(view.mine.answer).toEqual({ kind: 'reflection', answers: ['first', 'second'] });
  });

  it('starts from the practice’s default visibility and keeps a chosen one across saves', async () => {
    await t.db
      .update(practices)
      .set({ defaultAnswerVisibility: 'couple' })
      .where(eq(practices.id, p.practice.id));
    try {
      const assignmentId = await assign('reflection');
      expect((await partnerA().portal.homework.get({ assignmentId })).defaultVisibility).toBe('couple');
      const body = { kind: 'reflection' as const, answers: ['a', ''] };
      expect((await partnerA().portal.homework.save({ assignmentId, body })).visibility).toBe('couple');
      await partnerA().portal.homework.save({ assignmentId, body, visibility: 'private' });
      expect((await partnerA().portal.homework.save({ assignmentId, body })).visibility).toBe('private');
    } finally {
      await t.db
        .update(practices)
        .set({ defaultAnswerVisibility: 'counselor' })
        .where(eq(practices.id, p.practice.id));
    }
  });

  it('reads and writes the same answer whichever case the practice id hint is in', async () => {
    const assignmentId = await assign('reflection');
    const shouting = callerFor(t.db, p.couple.partners[0].user.id, p.practice.id.toUpperCase(), 'client');
    const body = { kind: 'reflection' as const, answers: ['typed', ''] };
    await shouting.portal.homework.save({ assignmentId, body });
    expect((await partnerA().portal.homework.get({ assignmentId })).mine.answer).toEqual(body);
    expect((await shouting.portal.homework.get({ assignmentId })).mine.answer).toEqual(body);
  });
});

describe('sending', () => {
  it('sends once; sending again is a CONFLICT that changes nothing', async () => {
    const assignmentId = await assign('reflection');
    const body = { kind: 'reflection' as const, answers: ['one', 'two'] };
    const sent = await partnerA().portal.homework.submit({ assignmentId, body, visibility: 'couple' });
    expect(sent.status).toBe('submitted');
    expect(sent.submittedAt).toBeInstanceOf(Date);
    const before = await rowsOf(assignmentId);
    await expect(
      partnerA().portal.homework.submit({
        assignmentId,
        body: { kind: 'reflection', answers: ['changed', 'changed'] },
        visibility: 'private',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'This answer has already been sent.' });
    await expect(
      partnerA().portal.homework.save({ assignmentId, body: { kind: 'reflection', answers: ['x', ''] } }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await rowsOf(assignmentId)).toEqual(before);
    expect((await partnerA().portal.homework.get({ assignmentId })).mine).toMatchObject({
      status: 'submitted',
      visibility: 'couple',
      answer: body,
    });
  });

  it('sends a draft written earlier, in one step with its last edit', async () => {
    const assignmentId = await assign('reflection');
    await partnerA().portal.homework.save({
      assignmentId,
      body: { kind: 'reflection', answers: ['half', ''] },
    });
    await partnerA().portal.homework.submit({
      assignmentId,
      body: { kind: 'reflection', answers: ['whole', 'done'] },
    });
    const [row] = await rowsOf(assignmentId);
    expect(row).toMatchObject({ status: 'submitted', visibility: 'counselor' });
    expect(row?.submittedAt).toBeInstanceOf(Date);
  });

  it('refuses two submits at once: one is sent, the other is a CONFLICT', async () => {
    const assignmentId = await assign('reflection');
    const body = { kind: 'reflection' as const, answers: ['a', 'b'] };
    const outcomes = await Promise.allSettled([
      partnerA().portal.homework.submit({ assignmentId, body }),
      partnerA().portal.homework.submit({ assignmentId, body }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === 'rejected');
    expect(refused?.status === 'rejected' && refused.reason).toMatchObject({ code: 'CONFLICT' });
    expect(await rowsOf(assignmentId)).toHaveLength(1);
  });
});

describe('answers that do not fit', () => {
  it.each<[string, TAnswerBody]>([
    ['another kind of exercise', { kind: 'joint-reveal', answers: ['a', 'b'] }],
    ['the wrong number of prompts', { kind: 'reflection', answers: ['only one'] }],
  ])('refuses %s with BAD_REQUEST, on save and on submit', async (_, body) => {
    const assignmentId = await assign('reflection');
    await expect(partnerA().portal.homework.save({ assignmentId, body })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(partnerA().portal.homework.submit({ assignmentId, body })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect(await rowsOf(assignmentId)).toEqual([]);
  });

  it('saves an unfinished draft but refuses to send it', async () => {
    const assignmentId = await assign('check-in-scale');
    const body = {
      kind: 'check-in-scale' as const,
      ratings: [{ behavior: 'compassion' as const, self: 4, partner: 3 }],
    };
    await partnerA().portal.homework.save({ assignmentId, body });
    await expect(partnerA().portal.homework.submit({ assignmentId, body })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'Rate every behavior before sending.',
    });
    expect((await rowsOf(assignmentId))[0]?.status).toBe('draft');
  });

  it('refuses a rating of a behavior the check-in does not ask about', async () => {
    const assignmentId = await assign('check-in-scale');
    await expect(
      partnerA().portal.homework.save({
        assignmentId,
        body: { kind: 'check-in-scale', ratings: [{ behavior: 'quality-time', self: 1, partner: 1 }] },
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('refuses a body that is not an answer at all (zod), with BAD_REQUEST', async () => {
    const assignmentId = await assign('reflection');
    await expect(
      partnerA().portal.homework.save({
        assignmentId,
        body: { kind: 'reflection', answers: ['x'.repeat(5001), ''] },
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('an exercise done together', () => {
  it('has one shared answer that either partner writes and either may send', async () => {
    const assignmentId = await assign('practice-log', { participation: 'together' });
    await partnerA().portal.homework.save({
      assignmentId,
      body: { kind: 'practice-log', entries: [{ on: '2026-11-20', note: 'walk' }] },
    });
    const seenByB = await partnerB().portal.homework.get({ assignmentId });
    expect(seenByB.mine).toMatchObject({ partnerId: null, status: 'draft' });
    expect(seenByB.mine.answer).toEqual({
      kind: 'practice-log',
      entries: [{ on: '2026-11-20', note: 'walk' }],
    });
    expect(seenByB.theirs).toBeNull();
    await partnerB().portal.homework.submit({
      assignmentId,
      body: {
        kind: 'practice-log',
        entries: [
          { on: '2026-11-20', note: 'walk' },
          { on: '2026-11-21', note: 'talk' },
        ],
      },
    });
    const rows = await rowsOf(assignmentId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ partnerId: null, status: 'submitted' });
    const seenByA = await partnerA().portal.homework.get({ assignmentId });
    expect(seenByA.mine.status).toBe('submitted');
    expect(seenByA.mine.answer).toMatchObject({ entries: [{ note: 'walk' }, { note: 'talk' }] });
    await expect(
      partnerA().portal.homework.save({ assignmentId, body: { kind: 'practice-log', entries: [] } }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const list = await partnerA().portal.homework.list();
    expect(list.items.find((i) => i.id === assignmentId)).toMatchObject({
      participation: 'together',
      myStatus: 'submitted',
      partnerStatus: null,
    });
  });

  it('keeps two first saves at once in one shared row', async () => {
    const assignmentId = await assign('practice-log', { participation: 'together' });
    const body = { kind: 'practice-log' as const, entries: [] };
    await Promise.all([
      partnerA().portal.homework.save({ assignmentId, body }),
      partnerB().portal.homework.save({ assignmentId, body }),
    ]);
    expect(await rowsOf(assignmentId)).toHaveLength(1);
  });

  it('cannot be private: refused when chosen, counselor when the practice default is private', async () => {
    const assignmentId = await assign('practice-log', { participation: 'together' });
    const body = { kind: 'practice-log' as const, entries: [] };
    await expect(
      partnerA().portal.homework.save({ assignmentId, body, visibility: 'private' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await rowsOf(assignmentId)).toEqual([]);
    await t.db
      .update(practices)
      .set({ defaultAnswerVisibility: 'private' })
      .where(eq(practices.id, p.practice.id));
    try {
      expect((await partnerA().portal.homework.get({ assignmentId })).defaultVisibility).toBe('counselor');
      expect((await partnerA().portal.homework.save({ assignmentId, body })).visibility).toBe('counselor');
      await expect(
        partnerB().portal.homework.setVisibility({ assignmentId, visibility: 'private' }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
      expect(await partnerB().portal.homework.setVisibility({ assignmentId, visibility: 'couple' })).toEqual({
        assignmentId,
        visibility: 'couple',
      });
    } finally {
      await t.db
        .update(practices)
        .set({ defaultAnswerVisibility: 'counselor' })
        .where(eq(practices.id, p.practice.id));
    }
  });
});

describe('visibility', () => {
  it('is the author’s to change, also after sending, until the counselor reviews', async () => {
    const assignmentId = await assign('reflection');
    await partnerA().portal.homework.submit({
      assignmentId,
      body: { kind: 'reflection', answers: ['a', 'b'] },
      visibility: 'private',
    });
    expect((await partnerA().portal.homework.get({ assignmentId })).canChangeVisibility).toBe(true);
    await partnerA().portal.homework.setVisibility({ assignmentId, visibility: 'couple' });
    expect((await partnerA().portal.homework.get({ assignmentId })).mine.visibility).toBe('couple');

    await callerFor(t.db, p.counselor.user.id, p.practice.id).homework.review({
      assignmentId,
      comment: 'Thank you',
    });
    const reviewed = await partnerA().portal.homework.get({ assignmentId });
    expect(reviewed).toMatchObject({
      canChangeVisibility: false,
      assignment: { reviewComment: 'Thank you' },
    });
    await expect(
      partnerA().portal.homework.setVisibility({ assignmentId, visibility: 'private' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const [row] = await t.db
      .select({ visibility: responses.visibility })
      .from(responses)
      .where(and(eq(responses.assignmentId, assignmentId)));
    expect(row?.visibility).toBe('couple');
  });

  it('is NOT_FOUND for an answer not yet started', async () => {
    const assignmentId = await assign('reflection');
    await expect(
      partnerA().portal.homework.setVisibility({ assignmentId, visibility: 'couple' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('is always the couple for a joint reveal', async () => {
    const assignmentId = await assign('joint-reveal', { prompts: ['What does your partner need?'] });
    const view = await partnerA().portal.homework.get({ assignmentId });
    expect(view).toMatchObject({ defaultVisibility: 'couple', canChangeVisibility: false });
    const saved = await partnerA().portal.homework.save({
      assignmentId,
      body: { kind: 'joint-reveal', answers: ['rest'] },
      visibility: 'private',
    });
    expect(saved.visibility).toBe('couple');
    await expect(
      partnerA().portal.homework.setVisibility({ assignmentId, visibility: 'counselor' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('whose homework', () => {
  it('is NOT_FOUND for cancelled homework and for staff-only ids', async () => {
    const assignmentId = await assign('reflection');
    await callerFor(t.db, p.counselor.user.id, p.practice.id).homework.cancel({ assignmentId });
    await expect(partnerA().portal.homework.get({ assignmentId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      partnerA().portal.homework.save({ assignmentId, body: { kind: 'reflection', answers: ['', ''] } }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(partnerA().portal.homework.get({ assignmentId: p.couple.couple.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('is refused to staff: the portal procedures are for clients', async () => {
    const assignmentId = await assign('reflection');
    const counselor = callerFor(t.db, p.counselor.user.id, p.practice.id);
    await expect(counselor.portal.homework.get({ assignmentId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      counselor.portal.homework.save({ assignmentId, body: { kind: 'reflection', answers: ['', ''] } }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
