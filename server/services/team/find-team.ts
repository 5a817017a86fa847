import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { invitations, memberships, users } from '@/db/schema';
import type { Actor } from '../actor';

/** Staff members and pending staff invitations. Teams are small; 200 rows is far above any seat plan. */
export async function findTeam(tx: Tx, actor: Actor) {
  const members = await tx
    .select({
      membershipId: memberships.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      status: memberships.status,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.practiceId, actor.practiceId), ne(memberships.role, 'client')))
    .orderBy(asc(users.name))
    .limit(200);
  const pending = await tx
    .select({
      invitationId: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .where(
      and(
        eq(invitations.practiceId, actor.practiceId),
        ne(invitations.role, 'client'),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .orderBy(asc(invitations.email))
    .limit(200);
  return { members, pending };
}
