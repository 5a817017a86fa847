import { randomBytes } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditEvents, invitations, memberships, partners, practiceSubscriptions, users } from '@/db/schema';
import { hashPassword, verifyPassword } from '@/server/auth/password';
import { hashToken } from '@/server/auth/tokens';
import { verifyCredentials } from '@/server/auth/verify-credentials';
import { AppError } from '@/server/errors';
import { callerFor, makePractice, makeUser, type TestPractice } from '@/test/factories';
import { linkToken, outboxTo } from '@/test/outbox';
import { createTestDb } from '@/test/test-db';
import type { RequestMeta } from '../actor';
import { acceptInvitation, ZAcceptInvitationInput } from './accept-invitation';
import { INVITATION_DAYS } from './create-invitation';
import { getInvitation } from './get-invitation';

const meta: RequestMeta = { ip: '192.0.2.20', userAgent: 'vitest' };
const PASSWORD = 'correct horse battery';
const DAY = 24 * 3600_000;

let t: DbHandle;
let p: TestPractice;

beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
  // Many counselors join this practice, more than a trial's seats: it has bought enough.
  await t.db
    .insert(practiceSubscriptions)
    .values({ practiceId: p.practice.id, status: 'active', plan: 'group', seats: 50 });
});
afterAll(() => t.close());

const newEmail = (who = 'casey') => `${who}.${randomBytes(4).toString('hex')}@example.test`;

/** The owner invites someone through the API; returns the token from the email they receive. */
async function inviteCounselor(email = newEmail()) {
  await callerFor(t.db, p.owner.user.id, p.practice.id).team.invite({ email, role: 'counselor' });
  const sent = await outboxTo(t.db, email);
  return { email, token: linkToken(sent.at(-1)?.text ?? '', '/invite') };
}

const accept = (input: { token: string; name?: string; password?: string }, now?: Date) =>
  acceptInvitation(t.db, ZAcceptInvitationInput.parse(input), meta, now);

/** Rows an acceptance could add, to show a refused one added none. */
async function practiceRowCounts() {
  const [u] = await t.db.select({ n: count() }).from(users);
  const [m] = await t.db
    .select({ n: count() })
    .from(memberships)
    .where(eq(memberships.practiceId, p.practice.id));
  const [a] = await t.db
    .select({ n: count() })
    .from(auditEvents)
    .where(eq(auditEvents.practiceId, p.practice.id));
  return { users: u?.n, memberships: m?.n, audit: a?.n };
}

describe('inviting a counselor', () => {
  it('mails one invitation with a link and stores only the token’s hash', async () => {
    const { email, token } = await inviteCounselor();
    const sent = await outboxTo(t.db, email);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ template: 'invitation', status: 'pending' });
    expect(sent[0]?.subject).toContain(p.practice.name);
    expect(sent[0]?.text).toContain(`${p.owner.user.name} invited you to join the team`);
    const [invite] = await t.db.select().from(invitations).where(eq(invitations.email, email));
    expect(invite).toMatchObject({
      practiceId: p.practice.id,
      role: 'counselor',
      invitedById: p.owner.membership.id,
      tokenHash: hashToken(token),
      acceptedAt: null,
    });
    expect(invite?.tokenHash).not.toContain(token);
    expect(await getInvitation(t.db, token)).toEqual({
      status: 'valid',
      email,
      role: 'counselor',
      practiceName: p.practice.name,
      accountExists: false,
      hasPassword: false,
    });
  });
});

describe('accepting a staff invitation', () => {
  it('creates the account with its password and adds the counselor to the practice', async () => {
    const { email, token } = await inviteCounselor();
    const accepted = await accept({ token, name: 'Casey Morgan', password: PASSWORD });
    expect(accepted).toMatchObject({ email, practiceId: p.practice.id, role: 'counselor' });

    const [user] = await t.db.select().from(users).where(eq(users.id, accepted.userId));
    expect(user?.name).toBe('Casey Morgan');
    expect(await verifyPassword(user?.passwordHash, PASSWORD)).toBe(true);
    const [membership] = await t.db
      .select()
      .from(memberships)
      .where(and(eq(memberships.practiceId, p.practice.id), eq(memberships.userId, accepted.userId)));
    expect(membership).toMatchObject({ role: 'counselor', status: 'active' });
    const [invite] = await t.db.select().from(invitations).where(eq(invitations.email, email));
    expect(invite?.acceptedAt).toBeInstanceOf(Date);
    const audit = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.practiceId, p.practice.id), eq(auditEvents.targetId, membership?.id ?? '')));
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'invitation.accepted',
        actorUserId: accepted.userId,
        metadata: { role: 'counselor' },
      }),
    ]);

    expect(await verifyCredentials(t.db, email, PASSWORD, meta)).toEqual({
      userId: accepted.userId,
      twoFactor: false,
    });
    const current = await callerFor(t.db, accepted.userId, p.practice.id).practice.current();
    expect(current.role).toBe('counselor');
  });

  it('refuses a second use of the same link and adds nothing', async () => {
    const { token } = await inviteCounselor();
    await accept({ token, name: 'Casey', password: PASSWORD });
    const before = await practiceRowCounts();
    const again = accept({ token, name: 'Someone Else', password: 'another long password' });
    await expect(again).rejects.toBeInstanceOf(AppError);
    await expect(again).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'This invitation has expired or was already used.',
    });
    expect(await practiceRowCounts()).toEqual(before);
    expect((await getInvitation(t.db, token)).status).toBe('used');
  });

  it('lets only one of two simultaneous uses of a link through', async () => {
    const { token } = await inviteCounselor();
    const before = await practiceRowCounts();
    const results = await Promise.allSettled([
      accept({ token, name: 'Casey', password: PASSWORD }),
      accept({ token, name: 'Casey', password: PASSWORD }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')?.reason).toMatchObject({ code: 'NOT_FOUND' });
    const after = await practiceRowCounts();
    expect(after.memberships).toBe(Number(before.memberships) + 1);
  });

  it('lets two practices’ invitations to one new address be accepted at once without a crash', async () => {
    for (let round = 0; round < 5; round++) {
      const other = await makePractice(t.db);
      const email = newEmail();
      const { token: first } = await inviteCounselor(email);
      await callerFor(t.db, other.owner.user.id, other.practice.id).team.invite({ email, role: 'counselor' });
      const second = linkToken((await outboxTo(t.db, email)).at(-1)?.text ?? '', '/invite');
      const results = await Promise.allSettled([
        accept({ token: first, name: 'Casey', password: PASSWORD }),
        accept({ token: second, name: 'Casey', password: PASSWORD }),
      ]);
      const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
      for (const reason of refused) expect(reason).toMatchObject({ code: 'CONFLICT' });
      // Whoever lost the race opens the invitation again and gets in with the same password.
      if (refused.length)
        await accept({ token: results[0]?.status === 'rejected' ? first : second, password: PASSWORD });
      const [row] = await t.db.select({ n: count() }).from(users).where(eq(users.email, email));
      expect(row?.n).toBe(1);
      const joined = await t.db
        .select()
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(eq(users.email, email));
      expect(joined.map((j) => j.memberships.practiceId).sort()).toEqual(
        [p.practice.id, other.practice.id].sort(),
      );
    }
  });

  it(`refuses a link older than ${INVITATION_DAYS} days and adds nothing`, async () => {
    const { token } = await inviteCounselor();
    const expired = new Date(Date.now() + INVITATION_DAYS * DAY + 60_000);
    const before = await practiceRowCounts();
    await expect(accept({ token, name: 'Casey', password: PASSWORD }, expired)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await practiceRowCounts()).toEqual(before);
    expect((await getInvitation(t.db, token, expired)).status).toBe('expired');
    const stillInTime = new Date(Date.now() + (INVITATION_DAYS - 1) * DAY);
    await expect(accept({ token, name: 'Casey', password: PASSWORD }, stillInTime)).resolves.toMatchObject({
      role: 'counselor',
    });
  });

  it('asks a new staff member to choose a password and keeps the link usable', async () => {
    const { token } = await inviteCounselor();
    const before = await practiceRowCounts();
    await expect(accept({ token, name: 'Casey' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'Choose a password.',
    });
    expect(await practiceRowCounts()).toEqual(before);
    expect((await getInvitation(t.db, token)).status).toBe('valid');
  });

  it('asks someone who already has a Ninefold password for it, and keeps it', async () => {
    const existing = await makeUser(t.db, 'Jamie Existing', await hashPassword(PASSWORD));
    const { token } = await inviteCounselor(existing.email);
    expect(await getInvitation(t.db, token)).toMatchObject({ accountExists: true, hasPassword: true });
    const before = await practiceRowCounts();
    await expect(accept({ token, password: 'a different password' })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    expect(await practiceRowCounts()).toEqual(before);
    const accepted = await accept({ token, password: PASSWORD });
    expect(accepted.userId).toBe(existing.id);
    const [user] = await t.db.select().from(users).where(eq(users.id, existing.id));
    expect(user?.passwordHash).toBe(existing.passwordHash);
  });

  it('refuses a deactivated account', async () => {
    const existing = await makeUser(t.db, 'Jamie Gone', await hashPassword(PASSWORD));
    await t.db.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, existing.id));
    const { token } = await inviteCounselor(existing.email);
    await expect(accept({ token, password: PASSWORD })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await getInvitation(t.db, token)).status).toBe('valid');
  });
});

describe('accepting a client invitation', () => {
  it('needs no password, takes the partner’s name and links the partner record', async () => {
    const email = newEmail('robin');
    const { coupleId } = await callerFor(t.db, p.counselor.user.id, p.practice.id).couples.create({
      partners: [
        { displayName: 'Robin Client', email },
        { displayName: 'Jordan Client', email: newEmail('jordan') },
      ],
    });
    const token = linkToken((await outboxTo(t.db, email))[0]?.text ?? '', '/invite');
    const accepted = await accept({ token });
    expect(accepted).toMatchObject({ email, role: 'client', practiceId: p.practice.id });
    const [user] = await t.db.select().from(users).where(eq(users.id, accepted.userId));
    expect(user).toMatchObject({ name: 'Robin Client', passwordHash: null });
    const [partner] = await t.db.select().from(partners).where(eq(partners.email, email));
    expect(partner).toMatchObject({ coupleId, userId: accepted.userId });
  });
});

describe('the accept form schema', () => {
  it('refuses a short password and a missing token with clear messages', () => {
    const result = ZAcceptInvitationInput.safeParse({ token: 'short', password: 'short' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual([
      'password',
      'Use at least 10 characters.',
    ]);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('token');
  });
});
