// Sign-in sessions are global per user (auth_sessions has no practice), so a deactivation in one
// practice cannot end "this practice's" sessions alone. When the person has no other active staff
// membership anywhere, their staff sessions are revoked so the very next request goes to sign-in;
// otherwise they keep working elsewhere, and every request here is refused because the session
// check joins an *active* membership of the requested practice. Runs on the system connection,
// after the deactivating transaction committed (the app role cannot touch sessions).
import { and, count, eq, isNull, ne } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { authSessions, memberships } from '@/db/schema';

export async function endStaffSessionsIfNoStaffRoleLeft(db: Db, userId: string, now = new Date()) {
  const [left] = await db
    .select({ n: count() })
    .from(memberships)
    .where(
      and(eq(memberships.userId, userId), eq(memberships.status, 'active'), ne(memberships.role, 'client')),
    );
  if ((left?.n ?? 0) > 0) return { revoked: 0 };
  const revoked = await db
    .update(authSessions)
    .set({ revokedAt: now })
    .where(
      and(eq(authSessions.userId, userId), eq(authSessions.kind, 'staff'), isNull(authSessions.revokedAt)),
    )
    .returning({ id: authSessions.id });
  return { revoked: revoked.length };
}
