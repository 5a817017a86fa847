// Issues an invitation and its email in the caller's tenant transaction.
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { invitations, type MembershipRole, practices, users } from '@/db/schema';
import { newToken } from '@/server/auth/tokens';
import { assertStaffSeatFree } from '@/server/billing/entitlements/staff-seats';
import { enqueueEmail } from '@/server/email/enqueue-email';
import { env } from '@/server/env';
import type { Actor } from '../actor';

export const INVITATION_DAYS = 7;

export async function createInvitation(
  tx: Tx,
  actor: Actor,
  invite: { email: string; role: MembershipRole; partnerId?: string },
  now = new Date(),
) {
  // A staff invitation needs a free seat now; accepting it checks again, as seats may fill meanwhile.
  if (invite.role !== 'client') await assertStaffSeatFree(tx, actor.practiceId, now);
  const { token, tokenHash } = newToken();
  const [row] = await tx
    .insert(invitations)
    .values({
      practiceId: actor.practiceId,
      email: invite.email,
      role: invite.role,
      partnerId: invite.partnerId ?? null,
      invitedById: actor.membershipId,
      tokenHash,
      expiresAt: new Date(now.getTime() + INVITATION_DAYS * 24 * 3600_000),
    })
    .returning({ id: invitations.id });
  if (!row) throw new Error('invitation insert returned nothing');
  const [practice] = await tx
    .select({ name: practices.name })
    .from(practices)
    .where(eq(practices.id, actor.practiceId));
  const [inviter] = await tx.select({ name: users.name }).from(users).where(eq(users.id, actor.userId));
  await enqueueEmail(tx, {
    to: invite.email,
    template: 'invitation',
    idempotencyKey: `invitation:${row.id}`,
    sender: { practiceId: actor.practiceId, name: practice?.name ?? 'Ninefold' },
    props: {
      url: `${env().appUrl}/invite?token=${token}`,
      practiceName: practice?.name ?? 'your practice',
      inviterName: inviter?.name ?? 'Your counselor',
      kind: invite.role === 'client' ? 'client' : 'staff',
      expiresInDays: INVITATION_DAYS,
    },
  });
  return row.id;
}
