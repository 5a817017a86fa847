// What the invite landing page shows. System connection: the visitor is not a member yet, and the
// unguessable token is the only key.
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { invitations, practices, users } from '@/db/schema';
import { hashToken } from '@/server/auth/tokens';

type InvitationStatus = 'valid' | 'expired' | 'used' | 'unknown';

export async function getInvitation(db: Db, token: string, now = new Date()) {
  const [row] = await db
    .select({
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
      practiceName: practices.name,
    })
    .from(invitations)
    .innerJoin(practices, eq(practices.id, invitations.practiceId))
    .where(eq(invitations.tokenHash, hashToken(token)));
  if (!row) return { status: 'unknown' as const };
  const status: InvitationStatus =
    row.acceptedAt || row.revokedAt ? 'used' : row.expiresAt <= now ? 'expired' : 'valid';
  const [user] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, row.email));
  return {
    status,
    email: row.email,
    role: row.role,
    practiceName: row.practiceName,
    accountExists: Boolean(user),
    hasPassword: Boolean(user?.passwordHash),
  };
}
