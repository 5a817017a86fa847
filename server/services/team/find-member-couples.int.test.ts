// Choosing which couples to reassign: the list of one staff member's couples, for owners and
// admins only, and moving just the ones chosen from it.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { couples } from '@/db/schema';
import { callerFor, makePractice, type TestPractice } from '@/test/factories';
import { createTestDb } from '@/test/test-db';

let t: DbHandle;
let p: TestPractice;
let other: TestPractice;

beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
  other = await makePractice(t.db);
});
afterAll(() => t?.close());

const admin = () => callerFor(t.db, p.admin.user.id, p.practice.id);
const nameOf = (c: TestPractice['couple']) => c.partners.map((x) => x.partner.displayName).join(' & ');

it("lists a counselor's couples by partner names, oldest first, with their status", async () => {
  await t.db
    .update(couples)
    .set({ status: 'closed', closedAt: new Date() })
    .where(eq(couples.id, p.secondCouple.couple.id));
  expect(await admin().team.memberCouples({ membershipId: p.counselor.membership.id })).toEqual({
    couples: [
      { coupleId: p.couple.couple.id, name: nameOf(p.couple), status: 'active' },
      { coupleId: p.secondCouple.couple.id, name: nameOf(p.secondCouple), status: 'closed' },
    ],
    more: false,
  });
});

it('lists nothing for a member of another practice, and refuses counselors', async () => {
  expect(await admin().team.memberCouples({ membershipId: other.counselor.membership.id })).toEqual({
    couples: [],
    more: false,
  });
  const counselor = callerFor(t.db, p.counselor.user.id, p.practice.id);
  await expect(
    counselor.team.memberCouples({ membershipId: p.counselor.membership.id }),
  ).rejects.toMatchObject({ code: 'FORBIDDEN' });
});

it('moves the couples chosen from the list and leaves the others', async () => {
  const { couples: listed } = await admin().team.memberCouples({ membershipId: p.counselor.membership.id });
  const [first] = listed;
  const { moved } = await admin().team.reassignCouples({
    fromMembershipId: p.counselor.membership.id,
    toMembershipId: p.otherCounselor.membership.id,
    coupleIds: [first?.coupleId ?? ''],
  });
  expect(moved).toBe(1);
  const left = await admin().team.memberCouples({ membershipId: p.counselor.membership.id });
  expect(left.couples.map((c) => c.coupleId)).toEqual([p.secondCouple.couple.id]);
  const gained = await admin().team.memberCouples({ membershipId: p.otherCounselor.membership.id });
  expect(gained.couples.map((c) => c.coupleId)).toContain(p.couple.couple.id);
});

it('refuses an empty choice with a message on the field', async () => {
  const error = await admin()
    .team.reassignCouples({
      fromMembershipId: p.counselor.membership.id,
      toMembershipId: p.otherCounselor.membership.id,
      coupleIds: [],
    })
    .catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'BAD_REQUEST' });
});
