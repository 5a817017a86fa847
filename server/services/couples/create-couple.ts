// Adds a couple to a caseload and invites both partners, in one transaction.
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { couples, memberships, partners } from '@/db/schema';
import { can } from '@/server/authz/permissions';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { recordAudit } from '../audit/record-audit';
import { createInvitation } from '../invitations/create-invitation';
import { ZEmail, ZPersonName } from '../practices/create-practice';

const ZNewPartner = z.object({ displayName: ZPersonName, email: ZEmail });

export const ZCreateCoupleInput = z
  .object({
    partners: z.tuple([ZNewPartner, ZNewPartner]),
    /** Owners and admins may assign another counselor; counselors always add to their own caseload. */
    counselorId: z.uuid().optional(),
  })
  .refine((v) => v.partners[0].email !== v.partners[1].email, {
    message: 'Each partner needs their own email address.',
    path: ['partners', 1, 'email'],
  });
export type TCreateCoupleInput = z.infer<typeof ZCreateCoupleInput>;

export async function createCouple(tx: Tx, actor: Actor, input: TCreateCoupleInput) {
  const counselorId = await resolveCounselor(tx, actor, input.counselorId);
  const emails = input.partners.map((p) => p.email);
  const taken = await tx
    .select({ email: partners.email })
    .from(partners)
    .where(and(eq(partners.practiceId, actor.practiceId), inArray(partners.email, emails)));
  if (taken.length) {
    throw new AppError(
      'CONFLICT',
      `${taken.map((t) => t.email).join(', ')} is already a client of this practice.`,
    );
  }
  const [couple] = await tx
    .insert(couples)
    .values({ practiceId: actor.practiceId, counselorId })
    .returning({ id: couples.id });
  if (!couple) throw new Error('couple insert returned nothing');
  const created = await tx
    .insert(partners)
    .values(
      input.partners.map((p, i) => ({
        practiceId: actor.practiceId,
        coupleId: couple.id,
        position: i + 1,
        ...p,
      })),
    )
    .returning({ id: partners.id, email: partners.email });
  for (const partner of created) {
    await createInvitation(tx, actor, { email: partner.email, role: 'client', partnerId: partner.id });
  }
  await recordAudit(tx, actor, { action: 'couple.created', targetType: 'couple', targetId: couple.id });
  return { coupleId: couple.id };
}

async function resolveCounselor(tx: Tx, actor: Actor, requested: string | undefined): Promise<string> {
  if (!requested || requested === actor.membershipId) return actor.membershipId;
  if (!can(actor.role, 'couples:read-all'))
    throw new AppError('FORBIDDEN', 'Only admins can assign another counselor.');
  const [counselor] = await tx
    .select({ id: memberships.id, role: memberships.role, status: memberships.status })
    .from(memberships)
    .where(and(eq(memberships.practiceId, actor.practiceId), eq(memberships.id, requested)));
  if (!counselor || counselor.role === 'client' || counselor.status !== 'active') {
    throw new AppError('NOT_FOUND', 'Counselor not found.');
  }
  return counselor.id;
}
