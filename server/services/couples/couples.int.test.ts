import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { emailOutbox, invitations } from '@/db/schema';
import { callerFor, makePractice, type TestPractice } from '@/test/factories';
import { createTestDb } from '@/test/test-db';

let t: DbHandle;
let p: TestPractice;

beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
});
afterAll(() => t.close());

describe('couples', () => {
  it('adds a couple to the counselor caseload and invites both partners by email', async () => {
    const api = callerFor(t.db, p.counselor.user.id, p.practice.id);
    const { coupleId } = await api.couples.create({
      partners: [
        { displayName: 'Robin', email: 'Robin@Example.test ' },
        { displayName: 'Jordan', email: 'jordan@example.test' },
      ],
    });
    const couple = await api.couples.get({ coupleId });
    expect(couple.partners.map((x) => [x.displayName, x.email, x.joined])).toEqual([
      ['Robin', 'robin@example.test', false],
      ['Jordan', 'jordan@example.test', false],
    ]);
    const sent = await t.db.select().from(emailOutbox).where(eq(emailOutbox.toEmail, 'robin@example.test'));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.subject).toContain(p.practice.name);
    expect(sent[0]?.text).toMatch(/\/invite\?token=[\w-]{40,}/);
    const invites = await t.db.select().from(invitations).where(eq(invitations.email, 'jordan@example.test'));
    expect(invites[0]?.role).toBe('client');
  });

  it('lists the caseload with both partner names, newest first', async () => {
    const api = callerFor(t.db, p.counselor.user.id, p.practice.id);
    const page = await api.dashboard.caseload({ sort: 'name' });
    expect(page.total).toBe(3);
    expect(page.rows.some((c) => c.partners.map((x) => x.name).join(',') === 'Robin,Jordan')).toBe(true);
    expect(page.rows.every((c) => c.partners.length === 2)).toBe(true);
  });

  it('keeps another counselor’s couples out of a counselor’s caseload and detail view', async () => {
    const api = callerFor(t.db, p.otherCounselor.user.id, p.practice.id);
    const page = await api.dashboard.caseload({});
    expect(page.rows.map((c) => c.id)).toEqual([p.otherCouple.couple.id]);
    await expect(api.couples.get({ coupleId: p.couple.couple.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(api.dashboard.caseload({ counselor: 'all' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a second couple with an email already in the practice, and writes nothing', async () => {
    const api = callerFor(t.db, p.counselor.user.id, p.practice.id);
    const before = (await api.dashboard.caseload({})).total;
    await expect(
      api.couples.create({
        partners: [
          { displayName: 'A', email: 'robin@example.test' },
          { displayName: 'B', email: 'new@example.test' },
        ],
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await api.dashboard.caseload({})).total).toBe(before);
  });

  it('rejects two partners with the same email with a clear message', async () => {
    const api = callerFor(t.db, p.counselor.user.id, p.practice.id);
    await expect(
      api.couples.create({
        partners: [
          { displayName: 'A', email: 'same@example.test' },
          { displayName: 'B', email: 'same@example.test' },
        ],
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
