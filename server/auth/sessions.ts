// Revocable sessions: the JWT only carries a session id; this table decides if it still counts.
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { authSessions, type SessionKind, users } from '../../db/schema';
import { judgeSession, type SessionVerdict, sessionExpiry, TOUCH_AFTER_MS } from './session-policy';

export type AuthSession = { sessionId: string; userId: string; kind: SessionKind };

export async function createSession(db: DbOrTx, userId: string, kind: SessionKind, now = new Date()) {
  const [row] = await db
    .insert(authSessions)
    .values({ userId, kind, createdAt: now, lastSeenAt: now, expiresAt: sessionExpiry(kind, now) })
    .returning({ id: authSessions.id });
  if (!row) throw new Error('session insert returned nothing');
  return row.id;
}

export async function checkSession(
  db: DbOrTx,
  sessionId: string,
  now = new Date(),
): Promise<{ verdict: SessionVerdict; session?: AuthSession }> {
  const [row] = await db
    .select({
      userId: authSessions.userId,
      kind: authSessions.kind,
      lastSeenAt: authSessions.lastSeenAt,
      expiresAt: authSessions.expiresAt,
      revokedAt: authSessions.revokedAt,
      userDeactivatedAt: users.deactivatedAt,
    })
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .where(eq(authSessions.id, sessionId));
  if (!row) return { verdict: 'revoked' };
  const verdict = judgeSession(row, now);
  if (verdict !== 'valid') return { verdict };
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.update(authSessions).set({ lastSeenAt: now }).where(eq(authSessions.id, sessionId));
  }
  return { verdict, session: { sessionId, userId: row.userId, kind: row.kind } };
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
