import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { invitations } from '@/db/schema';
import type { Actor } from '../actor';
import { recordAudit } from '../audit/record-audit';
import { createInvitation } from '../invitations/create-invitation';
import { loadPendingInvitation } from './load-pending-invitation';
import type { TInvitationInput } from './revoke-invitation';

/**
 * Sends a pending invitation again: the old link stops working and a new invitation (new token,
 * new expiry, new email idempotency key as it has a new id) replaces it.
 */
export async function resendInvitation(tx: Tx, actor: Actor, input: TInvitationInput) {
  const old = await loadPendingInvitation(tx, actor, input.invitationId);
  await tx
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(and(eq(invitations.practiceId, actor.practiceId), eq(invitations.id, old.id)));
  const invitationId = await createInvitation(tx, actor, { email: old.email, role: old.role });
  await recordAudit(tx, actor, {
    action: 'team.invitation-resent',
    targetType: 'invitation',
    targetId: invitationId,
    metadata: { role: old.role, replaces: old.id },
  });
  return { invitationId };
}
