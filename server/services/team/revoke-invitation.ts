import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { invitations } from '@/db/schema';
import type { Actor } from '../actor';
import { recordAudit } from '../audit/record-audit';
import { loadPendingInvitation } from './load-pending-invitation';

export const ZInvitationInput = z.object({ invitationId: z.uuid() });
export type TInvitationInput = z.infer<typeof ZInvitationInput>;

export async function revokeInvitation(tx: Tx, actor: Actor, input: TInvitationInput) {
  const invitation = await loadPendingInvitation(tx, actor, input.invitationId);
  await tx
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(and(eq(invitations.practiceId, actor.practiceId), eq(invitations.id, invitation.id)));
  await recordAudit(tx, actor, {
    action: 'team.invitation-revoked',
    targetType: 'invitation',
    targetId: invitation.id,
    metadata: { role: invitation.role },
  });
  return { invitationId: invitation.id };
}
