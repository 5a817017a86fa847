// A counselor sees how far each partner has got, drafts and private answers included, without
// ever receiving their text; and homework someone has started can no longer be changed.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { callerFor, makePractice, type TestPractice } from '@/test/factories';
import { assignExercise, exerciseContent, secret } from '@/test/homework-fixtures';
import { createTestDb } from '@/test/test-db';

let t: DbHandle;
let p: TestPractice;

beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
});
afterAll(() => t?.close());

const counselor = () => callerFor(t.db, p.counselor.user.id, p.practice.id);
const partner = (i: 0 | 1) => callerFor(t.db, p.couple.partners[i].user.id, p.practice.id, 'client');
const staff = () => ({ userId: p.counselor.user.id, practiceId: p.practice.id });

it('shows a draft as in progress and a private answer as sent, with neither text', async () => {
  const assignmentId = await assignExercise(t.db, staff(), p.couple.couple.id, exerciseContent('reflection'));
  const [draftText, privateText] = [secret('draft'), secret('private')];
  await partner(0).portal.homework.save({
    assignmentId,
    body: { kind: 'reflection', answers: [draftText, ''] },
  });
  await partner(1).portal.homework.submit({
    assignmentId,
    body: { kind: 'reflection', answers: [privateText, 'more'] },
    visibility: 'private',
  });

  const view = await counselor().homework.forCouple({ coupleId: p.couple.couple.id });
  const item = view.items.find((i) => i.id === assignmentId);
  const byPartner = new Map(item?.slots.map((s) => [s.partnerId, s]));
  expect(byPartner.get(p.couple.partners[0].partner.id)).toMatchObject({ status: 'draft', answer: null });
  expect(byPartner.get(p.couple.partners[1].partner.id)).toMatchObject({
    status: 'submitted',
    visibility: 'private',
    answer: null,
  });
  expect(item?.canChange).toBe(false);
  const json = JSON.stringify(view);
  expect(json).not.toContain(draftText);
  expect(json).not.toContain(privateText);
});

it('refuses to change or cancel homework once a partner has a draft', async () => {
  const assignmentId = await assignExercise(t.db, staff(), p.couple.couple.id, exerciseContent('reflection'));
  await partner(0).portal.homework.save({
    assignmentId,
    body: { kind: 'reflection', answers: ['Started', ''] },
  });
  await expect(counselor().homework.cancel({ assignmentId })).rejects.toMatchObject({ code: 'CONFLICT' });
  await expect(counselor().homework.update({ assignmentId, note: 'Changed' })).rejects.toMatchObject({
    code: 'CONFLICT',
  });
});

it('still lets the counselor change homework nobody has started', async () => {
  const assignmentId = await assignExercise(t.db, staff(), p.couple.couple.id, exerciseContent('reflection'));
  await expect(counselor().homework.update({ assignmentId, note: 'Changed' })).resolves.toEqual({
    assignmentId,
  });
  await expect(counselor().homework.cancel({ assignmentId })).resolves.toEqual({ assignmentId });
});
