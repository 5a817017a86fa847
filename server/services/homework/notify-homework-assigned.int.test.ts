// Assigning homework mails each joined partner it is for, once, without saying what it is.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { partners } from '@/db/schema';
import { withTenant } from '@/db/tenant';
import { callerFor, makeCouple, makePractice, type TestPractice } from '@/test/factories';
import { exerciseContent, inDays } from '@/test/homework-fixtures';
import { outboxTo } from '@/test/outbox';
import { createTestDb } from '@/test/test-db';
import type { Actor } from '../actor';
import { assignHomework } from './assign-homework';
import { notifyHomeworkAssigned } from './notify-homework-assigned';

let t: DbHandle;
let p: TestPractice;

beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
});
afterAll(() => t?.close());

const counselor = () => callerFor(t.db, p.counselor.user.id, p.practice.id);
const actor = (): Actor => ({
  userId: p.counselor.user.id,
  practiceId: p.practice.id,
  membershipId: p.counselor.membership.id,
  role: 'counselor',
  meta: { ip: null, userAgent: 'vitest' },
});

/** Writes `count` exercises and assigns them in one call; returns their titles and the assignment ids. */
async function assign(coupleId: string, count: number, partnerId?: string) {
  const contents = Array.from({ length: count }, () => exerciseContent('reflection'));
  const refs = [];
  for (const content of contents) {
    const { exerciseId } = await counselor().exercises.create({ content });
    refs.push({ source: 'practice' as const, exerciseId });
  }
  const { assignmentIds } = await counselor().homework.assign({
    coupleId,
    exercises: refs,
    partnerId,
    dueOn: inDays(5),
  });
  return { titles: contents.map((c) => c.title), assignmentIds };
}

const mailFor = (email: string) =>
  outboxTo(t.db, email).then((rows) => rows.filter((r) => r.template === 'homework-assigned'));

it('mails each partner once per assignment, with a link to their portal and no title', async () => {
  const { couple, partners: people } = await makeCouple(t.db, p.practice.id, p.counselor.membership.id);
  const { titles } = await assign(couple.id, 2);
  for (const { partner } of people) {
    const mail = await mailFor(partner.email);
    expect(mail).toHaveLength(1);
    const [email] = mail;
    expect(email?.text).toContain(`/portal/${p.practice.id}`);
    expect(email?.text).toContain('2 new exercises');
    for (const title of titles)
      for (const part of [email?.subject, email?.html, email?.text]) expect(part).not.toContain(title);
  }
});

it('mails no partner who has not joined yet', async () => {
  const { couple, partners: people } = await makeCouple(t.db, p.practice.id, p.counselor.membership.id);
  await t.db.update(partners).set({ userId: null }).where(eq(partners.id, people[1].partner.id));
  await assign(couple.id, 1);
  expect(await mailFor(people[0].partner.email)).toHaveLength(1);
  expect(await mailFor(people[1].partner.email)).toHaveLength(0);
});

it('mails only the partner that homework for one partner is for', async () => {
  const { couple, partners: people } = await makeCouple(t.db, p.practice.id, p.counselor.membership.id);
  await assign(couple.id, 1, people[0].partner.id);
  expect(await mailFor(people[0].partner.email)).toHaveLength(1);
  expect(await mailFor(people[1].partner.email)).toHaveLength(0);
});

it('writes the email once however often the same assignment is notified', async () => {
  const { couple, partners: people } = await makeCouple(t.db, p.practice.id, p.counselor.membership.id);
  const { assignmentIds } = await assign(couple.id, 1);
  const again = { coupleId: couple.id, partnerId: null, assignmentIds };
  await withTenant(t.db, { practiceId: p.practice.id, userId: p.counselor.user.id }, async (tx) => {
    await notifyHomeworkAssigned(tx, actor(), again);
    await notifyHomeworkAssigned(tx, actor(), again);
  });
  for (const { partner } of people) expect(await mailFor(partner.email)).toHaveLength(1);
});

it('writes nothing when the assigning transaction rolls back', async () => {
  const { couple, partners: people } = await makeCouple(t.db, p.practice.id, p.counselor.membership.id);
  const { exerciseId } = await counselor().exercises.create({ content: exerciseContent('reflection') });
  const input = {
    coupleId: couple.id,
    exercises: [{ source: 'practice' as const, exerciseId }],
    dueOn: inDays(5),
  };
  await expect(
    withTenant(t.db, { practiceId: p.practice.id, userId: p.counselor.user.id }, async (tx) => {
      await assignHomework(tx, actor(), input);
      throw new Error('a later step failed');
    }),
  ).rejects.toThrow('a later step failed');
  for (const { partner } of people) expect(await mailFor(partner.email)).toHaveLength(0);
});
