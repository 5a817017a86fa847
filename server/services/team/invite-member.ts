import { and, eq, isNull, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { invitations, memberships, users } from '@/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { recordAudit } from '../audit/record-audit';
import { createInvitation } from '../invitations/create-invitation';
import { ZEmail } from '../practices/create-practice';

export const ZInviteMemberInput = z.object({
  email: ZEmail,
  role: z.enum(['counselor', 'admin']),
});
type TInviteMemberInput = z.infer<typeof ZInviteMemberInput>;

/** Invites a staff member. Inviting the same email again replaces the pending invitation. */
export async function inviteMember(tx: Tx, actor: Actor, input: TInviteMemberInput) {
  const [member] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.practiceId, actor.practiceId), eq(users.email, input.email)));
  if (member) throw new AppError('CONFLICT', 'This person is already a member of the practice.');
  await tx
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(invitations.practiceId, actor.practiceId),
        eq(invitations.email, input.email),
        ne(invitations.role, 'client'),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    );
  const invitationId = await createInvitation(tx, actor, { email: input.email, role: input.role });
  await recordAudit(tx, actor, {
    action: 'team.invited',
    targetType: 'invitation',
    targetId: invitationId,
    metadata: { role: input.role },
  });
  return { invitationId };
}
