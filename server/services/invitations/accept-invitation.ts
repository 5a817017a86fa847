// Accepting an invitation: one transaction that creates or finds the user, adds the membership,
// links a client to their partner record and spends the invitation. Safe to retry: a spent
// invitation is refused, so a double submit cannot add anything twice.
import { and, eq, gt, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '@/db/client';
import { invitations, memberships, partners, users } from '@/db/schema';
import { hashPassword, verifyPassword } from '@/server/auth/password';
import { hashToken } from '@/server/auth/tokens';
import { assertStaffSeatFree } from '@/server/billing/entitlements/staff-seats';
import { AppError } from '@/server/errors';
import type { RequestMeta } from '../actor';
import { recordAudit } from '../audit/record-audit';
import { ZNewPassword, ZPersonName } from '../practices/create-practice';

export const ZAcceptInvitationInput = z.object({
  token: z.string().min(20).max(200),
  name: ZPersonName.optional(),
  password: ZNewPassword.optional(),
});
type TAcceptInvitationInput = z.infer<typeof ZAcceptInvitationInput>;

export async function acceptInvitation(
  db: Db,
  input: TAcceptInvitationInput,
  meta: RequestMeta,
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const [invite] = await tx
      .select()
      .from(invitations)
      .where(
        and(
          eq(invitations.tokenHash, hashToken(input.token)),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
          gt(invitations.expiresAt, now),
        ),
      )
      .for('update');
    if (!invite) throw new AppError('NOT_FOUND', 'This invitation has expired or was already used.');
    const isStaff = invite.role !== 'client';
    // Locks the practice's seats until this transaction ends: two staff accepting at once cannot
    // both take the last seat. A client takes no seat and may join a read-only practice to read.
    if (isStaff) await assertStaffSeatFree(tx, invite.practiceId, now);

    let [user] = await tx.select().from(users).where(eq(users.email, invite.email));
    if (user?.deactivatedAt) throw new AppError('FORBIDDEN', 'This account is deactivated.');
    if (isStaff && user?.passwordHash) {
      if (!input.password || !(await verifyPassword(user.passwordHash, input.password))) {
        throw new AppError('UNAUTHORIZED', 'Enter the password of your existing Ninefold account.');
      }
    } else if (isStaff && !input.password) {
      throw new AppError('BAD_REQUEST', 'Choose a password.');
    }
    const newHash =
      isStaff && !user?.passwordHash && input.password ? await hashPassword(input.password) : undefined;
    if (!user) {
      const name = input.name ?? (await partnerName(tx, invite.practiceId, invite.partnerId));
      if (!name) throw new AppError('BAD_REQUEST', 'Enter your name.');
      [user] = await tx
        .insert(users)
        .values({ email: invite.email, name, passwordHash: newHash ?? null })
        // Another invitation to the same address may be accepted at the same moment.
        .onConflictDoNothing({ target: users.email })
        .returning();
      if (!user)
        throw new AppError('CONFLICT', 'Your account was created a moment ago. Open the invitation again.');
    } else if (newHash) {
      await tx.update(users).set({ passwordHash: newHash }).where(eq(users.id, user.id));
    }
    if (!user) throw new Error('user insert returned nothing');

    const [membership] = await tx
      .insert(memberships)
      .values({ practiceId: invite.practiceId, userId: user.id, role: invite.role })
      .onConflictDoNothing({ target: [memberships.practiceId, memberships.userId] })
      .returning({ id: memberships.id });
    if (!membership) throw new AppError('CONFLICT', 'You already belong to this practice. Sign in instead.');
    if (invite.partnerId) {
      await tx
        .update(partners)
        .set({ userId: user.id })
        .where(and(eq(partners.practiceId, invite.practiceId), eq(partners.id, invite.partnerId)));
    }
    await tx
      .update(invitations)
      .set({ acceptedAt: now })
      .where(and(eq(invitations.practiceId, invite.practiceId), eq(invitations.id, invite.id)));
    await recordAudit(
      tx,
      { practiceId: invite.practiceId, userId: user.id, meta },
      {
        action: 'invitation.accepted',
        targetType: 'membership',
        targetId: membership.id,
        metadata: { role: invite.role },
      },
    );
    return { userId: user.id, email: user.email, practiceId: invite.practiceId, role: invite.role };
  });
}

/** A client's name is already known from when their counselor added the couple. */
async function partnerName(tx: DbOrTx, practiceId: string, partnerId: string | null) {
  if (!partnerId) return undefined;
  const [partner] = await tx
    .select({ displayName: partners.displayName })
    .from(partners)
    .where(and(eq(partners.practiceId, practiceId), eq(partners.id, partnerId)));
  return partner?.displayName;
}
