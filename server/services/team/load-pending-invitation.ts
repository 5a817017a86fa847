import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { invitations } from '@/db/schema';
import { notFound } from '@/server/errors';
import type { Actor } from '../actor';

/** A pending (not accepted, not revoked) staff invitation of the actor's practice, locked. */
export async function loadPendingInvitation(tx: Tx, actor: Actor, invitationId: string) {
  const [invitation] = await tx
    .select({ id: invitations.id, email: invitations.email, role: invitations.role })
    .from(invitations)
    .where(
      and(
        eq(invitations.practiceId, actor.practiceId),
        eq(invitations.id, invitationId),
        ne(invitations.role, 'client'),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .for('update');
  if (!invitation) throw notFound('Invitation');
  return invitation;
}
