// Revocable sessions: the JWT only carries a session id; this table decides if it still counts.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import {
  authSessions,
  type MembershipRole,
  memberships,
  practices,
  type SessionKind,
  users,
  userTwoFactor,
} from '@/db/schema';
import { judgeSession, type SessionVerdict, sessionExpiry, TOUCH_AFTER_MS } from './session-policy';

export type AuthSession = {
  sessionId: string;
  userId: string;
  kind: SessionKind;
  /**
   * The user's active membership in the practice the request named, looked up with the session
   * (one round trip instead of two); absent when no practice was named or the user has none there.
   */
  membership?: ActiveMembership;
  /** Whether the user has two-factor sign-in on; absent when the session came without the check. */
  twoFactorEnabled?: boolean;
};

export type ActiveMembership = {
  practiceId: string;
  id: string;
  role: MembershipRole;
  /** The practice requires two-factor sign-in of its staff. */
  requireTwoFactor: boolean;
};

export async function createSession(db: DbOrTx, userId: string, kind: SessionKind, now = new Date()) {
  const [row] = await db
    .insert(authSessions)
    .values({ userId, kind, createdAt: now, lastSeenAt: now, expiresAt: sessionExpiry(kind, now) })
    .returning({ id: authSessions.id });
  if (!row) throw new Error('session insert returned nothing');
  return row.id;
}

/** `practiceId`: also look up the user's active membership there (already a lower-case uuid). */
export async function checkSession(
  db: DbOrTx,
  sessionId: string,
  now = new Date(),
  practiceId?: string,
): Promise<{ verdict: SessionVerdict; session?: AuthSession }> {
  const [row] = await db
    .select({
      userId: authSessions.userId,
      kind: authSessions.kind,
      lastSeenAt: authSessions.lastSeenAt,
      expiresAt: authSessions.expiresAt,
      revokedAt: authSessions.revokedAt,
      userDeactivatedAt: users.deactivatedAt,
      membershipId: memberships.id,
      membershipRole: memberships.role,
      requireTwoFactor: practices.requireTwoFactor,
      twoFactorEnabledAt: userTwoFactor.enabledAt,
    })
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .leftJoin(
      memberships,
      and(
        practiceId ? eq(memberships.practiceId, practiceId) : sql`false`,
        eq(memberships.userId, authSessions.userId),
        eq(memberships.status, 'active'),
      ),
    )
    .leftJoin(practices, eq(practices.id, memberships.practiceId))
    .leftJoin(userTwoFactor, eq(userTwoFactor.userId, authSessions.userId))
    .where(eq(authSessions.id, sessionId))
    // Runs on every request: prepared, so Postgres plans it once per connection.
    .prepare(practiceId ? 'check_session_membership' : 'check_session')
    .execute();
  if (!row) return { verdict: 'revoked' };
  const verdict = judgeSession(row, now);
  if (verdict !== 'valid') return { verdict };
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.update(authSessions).set({ lastSeenAt: now }).where(eq(authSessions.id, sessionId));
  }
  const session: AuthSession = {
    sessionId,
    userId: row.userId,
    kind: row.kind,
    twoFactorEnabled: Boolean(row.twoFactorEnabledAt),
  };
  if (practiceId && row.membershipId && row.membershipRole) {
    session.membership = {
      practiceId,
      id: row.membershipId,
      role: row.membershipRole,
      requireTwoFactor: row.requireTwoFactor === true,
    };
  }
  return { verdict, session };
}

export async function revokeSession(db: DbOrTx, sessionId: string, now = new Date()) {
  await db
    .update(authSessions)
    .set({ revokedAt: now })
    .where(and(eq(authSessions.id, sessionId), isNull(authSessions.revokedAt)));
}

export async function revokeUserSessions(db: DbOrTx, userId: string, now = new Date()) {
  await db
    .update(authSessions)
    .set({ revokedAt: now })
    .where(and(eq(authSessions.userId, userId), isNull(authSessions.revokedAt)));
}
