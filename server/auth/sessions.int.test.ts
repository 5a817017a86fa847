import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { authSessions, memberships, practices, users } from '@/db/schema';
import { makePractice, makeUser } from '@/test/factories';
import { createTestDb } from '@/test/test-db';
import { enableTwoFactor } from '@/test/two-factor';
import { SESSION_LIMITS, TOUCH_AFTER_MS } from './session-policy';
import { checkSession, createSession, revokeSession, revokeUserSessions } from './sessions';

let t: DbHandle;

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const signedInAt = new Date('2026-03-02T09:00:00Z');
const later = (ms: number) => new Date(signedInAt.getTime() + ms);

async function lastSeenAt(sessionId: string) {
  const [row] = await t.db
    .select({ lastSeenAt: authSessions.lastSeenAt })
    .from(authSessions)
    .where(eq(authSessions.id, sessionId));
  return row?.lastSeenAt;
}

describe('sessions', () => {
  it('are valid right after sign-in and name their user and kind', async () => {
    const user = await makeUser(t.db, 'Dana');
    const sessionId = await createSession(t.db, user.id, 'staff', signedInAt);
    expect(await checkSession(t.db, sessionId, signedInAt)).toEqual({
      verdict: 'valid',
      session: { sessionId, userId: user.id, kind: 'staff', twoFactorEnabled: false },
    });
  });

  it('are refused once revoked, and an unknown id counts as revoked', async () => {
    const user = await makeUser(t.db, 'Dana');
    const sessionId = await createSession(t.db, user.id, 'staff', signedInAt);
    await revokeSession(t.db, sessionId, later(1000));
    expect(await checkSession(t.db, sessionId, later(2000))).toEqual({ verdict: 'revoked' });
    expect(await checkSession(t.db, '00000000-0000-4000-8000-000000000000', signedInAt)).toEqual({
      verdict: 'revoked',
    });
  });

  it('are all revoked together when a user’s sessions are revoked, leaving other users’ alone', async () => {
    const user = await makeUser(t.db, 'Dana');
    const other = await makeUser(t.db, 'Sam');
    const mine = [
      await createSession(t.db, user.id, 'staff', signedInAt),
      await createSession(t.db, user.id, 'client', signedInAt),
    ];
    const theirs = await createSession(t.db, other.id, 'staff', signedInAt);
    await revokeUserSessions(t.db, user.id, later(1000));
    for (const sessionId of mine)
      expect((await checkSession(t.db, sessionId, later(2000))).verdict).toBe('revoked');
    expect((await checkSession(t.db, theirs, later(2000))).verdict).toBe('valid');
  });

  it.each(['staff', 'client'] as const)('end a %s session left idle past its limit', async (kind) => {
    const user = await makeUser(t.db, 'Dana');
    const { idleMs } = SESSION_LIMITS[kind];
    const stillIn = await createSession(t.db, user.id, kind, signedInAt);
    expect((await checkSession(t.db, stillIn, later(idleMs))).verdict).toBe('valid');
    const idle = await createSession(t.db, user.id, kind, signedInAt);
    expect(await checkSession(t.db, idle, later(idleMs + 1))).toEqual({ verdict: 'idle' });
  });

  it('end a staff session at 12 hours however busy it is', async () => {
    const user = await makeUser(t.db, 'Dana');
    const sessionId = await createSession(t.db, user.id, 'staff', signedInAt);
    const { idleMs, absoluteMs } = SESSION_LIMITS.staff;
    for (let at = idleMs; at < absoluteMs; at += idleMs) {
      expect((await checkSession(t.db, sessionId, later(at))).verdict).toBe('valid');
    }
    expect((await checkSession(t.db, sessionId, later(absoluteMs - 1))).verdict).toBe('valid');
    expect(await checkSession(t.db, sessionId, later(absoluteMs))).toEqual({ verdict: 'expired' });
  });

  it('end a client session at 14 days', async () => {
    const user = await makeUser(t.db, 'Robin');
    const sessionId = await createSession(t.db, user.id, 'client', signedInAt);
    const { absoluteMs } = SESSION_LIMITS.client;
    await t.db
      .update(authSessions)
      .set({ lastSeenAt: later(absoluteMs - 1) })
      .where(eq(authSessions.id, sessionId));
    expect((await checkSession(t.db, sessionId, later(absoluteMs - 1))).verdict).toBe('valid');
    expect(await checkSession(t.db, sessionId, later(absoluteMs))).toEqual({ verdict: 'expired' });
  });

  it('are refused on the next check after the user is deactivated', async () => {
    const user = await makeUser(t.db, 'Dana');
    const sessionId = await createSession(t.db, user.id, 'staff', signedInAt);
    expect((await checkSession(t.db, sessionId, later(1000))).verdict).toBe('valid');
    await t.db
      .update(users)
      .set({ deactivatedAt: later(2000) })
      .where(eq(users.id, user.id));
    expect(await checkSession(t.db, sessionId, later(3000))).toEqual({ verdict: 'deactivated' });
  });

  it('record activity only once it is more than a minute old', async () => {
    const user = await makeUser(t.db, 'Dana');
    const sessionId = await createSession(t.db, user.id, 'staff', signedInAt);
    await checkSession(t.db, sessionId, later(TOUCH_AFTER_MS));
    expect(await lastSeenAt(sessionId)).toEqual(signedInAt);
    await checkSession(t.db, sessionId, later(TOUCH_AFTER_MS + 1));
    expect(await lastSeenAt(sessionId)).toEqual(later(TOUCH_AFTER_MS + 1));
  });

  it('do not record activity on a refused check', async () => {
    const user = await makeUser(t.db, 'Dana');
    const sessionId = await createSession(t.db, user.id, 'staff', signedInAt);
    await checkSession(t.db, sessionId, later(SESSION_LIMITS.staff.idleMs + 1));
    expect(await lastSeenAt(sessionId)).toEqual(signedInAt);
  });

  it('bring the active membership in the named practice, and none elsewhere or once deactivated', async () => {
    const a = await makePractice(t.db);
    const b = await makePractice(t.db);
    const { user, membership } = a.counselor;
    const sessionId = await createSession(t.db, user.id, 'staff', signedInAt);
    expect((await checkSession(t.db, sessionId, signedInAt, a.practice.id)).session?.membership).toEqual({
      practiceId: a.practice.id,
      id: membership.id,
      role: 'counselor',
      requireTwoFactor: false,
    });
    expect((await checkSession(t.db, sessionId, signedInAt, b.practice.id)).session).toEqual({
      sessionId,
      userId: user.id,
      kind: 'staff',
      twoFactorEnabled: false,
    });
    await t.db.update(memberships).set({ status: 'deactivated' }).where(eq(memberships.id, membership.id));
    const after = await checkSession(t.db, sessionId, signedInAt, a.practice.id);
    expect(after.verdict).toBe('valid');
    expect(after.session?.membership).toBeUndefined();
  });

  it('say whether the user has two-factor sign-in and whether the named practice requires it', async () => {
    const a = await makePractice(t.db);
    const { user } = a.counselor;
    await t.db.update(practices).set({ requireTwoFactor: true }).where(eq(practices.id, a.practice.id));
    await enableTwoFactor(t.db, user.id);
    const sessionId = await createSession(t.db, user.id, 'staff', signedInAt);
    const { session } = await checkSession(t.db, sessionId, signedInAt, a.practice.id);
    expect(session?.twoFactorEnabled).toBe(true);
    expect(session?.membership?.requireTwoFactor).toBe(true);
  });
});
