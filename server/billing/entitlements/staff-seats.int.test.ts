// Seats: active staff (owner, admin, counselor) never outnumber the practice's seats. Inviting
// staff needs a free seat, accepting re-checks under a per-practice lock, and clients take none.
import { randomBytes } from 'node:crypto';
import { and, count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { memberships, practiceSubscriptions, practices } from '@/db/schema';
import { acceptInvitation } from '@/server/services/invitations/accept-invitation';
import { callerFor, makeMember, makePractice } from '@/test/factories';
import { linkToken, outboxTo } from '@/test/outbox';
import { createTestDb } from '@/test/test-db';
import { TRIAL_SEATS } from '../plans';

const PASSWORD = 'correct horse battery';
const meta = { ip: '192.0.2.30', userAgent: 'vitest' };
let t: DbHandle;

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

const newEmail = (who: string) => `${who}.${randomBytes(4).toString('hex')}@example.test`;

/** A practice with only its owner, and its subscription row if given. */
async function practiceWithOwner(subscription?: Partial<typeof practiceSubscriptions.$inferInsert>) {
  const [practice] = await t.db
    .insert(practices)
    .values({ name: `Seats ${randomBytes(3).toString('hex')}` })
    .returning();
  if (!practice) throw new Error('no practice');
  const owner = await makeMember(t.db, practice.id, 'owner');
  if (subscription) {
    await t.db
      .insert(practiceSubscriptions)
      .values({ practiceId: practice.id, status: 'active', plan: 'group', seats: 2, ...subscription });
  }
  return { practiceId: practice.id, ownerId: owner.user.id };
}

async function invite(p: { practiceId: string; ownerId: string }, role: 'counselor' | 'admin' = 'counselor') {
  const email = newEmail(role);
  await callerFor(t.db, p.ownerId, p.practiceId).team.invite({ email, role });
  return linkToken((await outboxTo(t.db, email)).at(-1)?.text ?? '', '/invite');
}

const accept = (token: string) =>
  acceptInvitation(t.db, { token, name: 'New Staff', password: PASSWORD }, meta);

async function activeStaff(practiceId: string) {
  const [row] = await t.db
    .select({ n: count() })
    .from(memberships)
    .where(
      and(
        eq(memberships.practiceId, practiceId),
        eq(memberships.status, 'active'),
        inArray(memberships.role, ['owner', 'admin', 'counselor']),
      ),
    );
  return row?.n ?? 0;
}

const noSeats = { code: 'FORBIDDEN', reason: 'no-seats', message: expect.stringMatching(/seat/) };

describe('a practice in its free trial', () => {
  it(`fills its ${TRIAL_SEATS} trial seats and then refuses to invite more staff, clearly`, async () => {
    const p = await practiceWithOwner();
    for (let staff = 1; staff < TRIAL_SEATS; staff++) await accept(await invite(p));
    expect(await activeStaff(p.practiceId)).toBe(TRIAL_SEATS);
    const refusal = await callerFor(t.db, p.ownerId, p.practiceId)
      .team.invite({ email: newEmail('one.more'), role: 'admin' })
      .catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: 'FORBIDDEN' });
    expect((refusal as Error).message).toBe(
      `The practice's staff already fill all ${TRIAL_SEATS} seats. An owner or admin can add seats under Billing, or deactivate a member first.`,
    );
    expect((refusal as Error).cause).toMatchObject({ reason: 'no-seats' });
  });
});

describe('accepting a staff invitation', () => {
  it('is refused when the seats filled after the invitation was sent', async () => {
    const p = await practiceWithOwner({ seats: 2 });
    const [first, second] = [await invite(p), await invite(p)];
    await accept(first);
    await expect(accept(second)).rejects.toMatchObject(noSeats);
    expect(await activeStaff(p.practiceId)).toBe(2);
  });

  it('gives the last seat to only one of two staff accepting at the same moment', async () => {
    const p = await practiceWithOwner({ seats: 2 });
    const tokens = [await invite(p), await invite(p), await invite(p)];
    const results = await Promise.allSettled(tokens.map(accept));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected')) expect(r.reason).toMatchObject(noSeats);
    expect(await activeStaff(p.practiceId)).toBe(2);
  });
});

describe('Solo', () => {
  it('is one seat, taken by the owner, whatever quantity Stripe reports', async () => {
    for (const seats of [1, 3]) {
      const p = await practiceWithOwner({ plan: 'solo', seats });
      await expect(
        callerFor(t.db, p.ownerId, p.practiceId).team.invite({ email: newEmail('solo'), role: 'counselor' }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/its 1 seat/) });
    }
  });
});

describe('who takes a seat', () => {
  it('clients take none: a practice with full seats still adds couples and their partners join', async () => {
    const p = await makePractice(t.db);
    await t.db
      .insert(practiceSubscriptions)
      .values({ practiceId: p.practice.id, status: 'active', plan: 'group', seats: 4 });
    expect(await activeStaff(p.practice.id)).toBe(4);
    const email = newEmail('partner');
    await callerFor(t.db, p.counselor.user.id, p.practice.id).couples.create({
      partners: [
        { displayName: 'Robin', email },
        { displayName: 'Jordan', email: newEmail('jordan') },
      ],
    });
    const token = linkToken((await outboxTo(t.db, email))[0]?.text ?? '', '/invite');
    await expect(acceptInvitation(t.db, { token }, meta)).resolves.toMatchObject({ role: 'client' });
  });

  it('a deactivated member frees their seat', async () => {
    const p = await practiceWithOwner({ seats: 2 });
    await accept(await invite(p));
    await expect(invite(p)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await t.db
      .update(memberships)
      .set({ status: 'deactivated' })
      .where(and(eq(memberships.practiceId, p.practiceId), eq(memberships.role, 'counselor')));
    await accept(await invite(p));
    expect(await activeStaff(p.practiceId)).toBe(2);
  });
});

describe('a read-only practice', () => {
  it('refuses to add staff from an invitation sent before it lapsed, but lets a partner join to read', async () => {
    const p = await makePractice(t.db);
    const staffToken = await invite({ practiceId: p.practice.id, ownerId: p.owner.user.id });
    const email = newEmail('partner');
    await callerFor(t.db, p.counselor.user.id, p.practice.id).couples.create({
      partners: [
        { displayName: 'Robin', email },
        { displayName: 'Jordan', email: newEmail('jordan') },
      ],
    });
    await t.db
      .insert(practiceSubscriptions)
      .values({ practiceId: p.practice.id, status: 'canceled', plan: 'group', seats: 10 });
    await expect(accept(staffToken)).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'read-only' });
    const clientToken = linkToken((await outboxTo(t.db, email))[0]?.text ?? '', '/invite');
    await expect(acceptInvitation(t.db, { token: clientToken }, meta)).resolves.toMatchObject({
      role: 'client',
    });
  });
});
