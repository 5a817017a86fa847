import { and, asc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { couples, invitations, memberships, partners, users } from '@/db/schema';
import { notFound } from '@/server/errors';
import type { Actor } from '../actor';
import { canSeeCouple } from './couple-access';
import { findPartnerEmailSuppressions } from './find-partner-email-suppressions';

export const ZGetCoupleInput = z.object({ coupleId: z.uuid() });
type TGetCoupleInput = z.infer<typeof ZGetCoupleInput>;

export async function getCouple(tx: Tx, actor: Actor, input: TGetCoupleInput) {
  const [couple] = await tx
    .select({
      id: couples.id,
      status: couples.status,
      closedAt: couples.closedAt,
      createdAt: couples.createdAt,
      counselorId: couples.counselorId,
      counselorName: users.name,
    })
    .from(couples)
    .innerJoin(
      memberships,
      and(eq(memberships.practiceId, couples.practiceId), eq(memberships.id, couples.counselorId)),
    )
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(couples.practiceId, actor.practiceId), eq(couples.id, input.coupleId)));
  if (!couple || !canSeeCouple(actor, couple.counselorId)) throw notFound('Couple');
  const people = await tx
    .select({
      id: partners.id,
      displayName: partners.displayName,
      email: partners.email,
      userId: partners.userId,
      invitationExpiresAt: invitations.expiresAt,
    })
    .from(partners)
    .leftJoin(
      invitations,
      and(
        eq(invitations.practiceId, partners.practiceId),
        eq(invitations.partnerId, partners.id),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .where(and(eq(partners.practiceId, actor.practiceId), eq(partners.coupleId, couple.id)))
    .orderBy(asc(partners.position));
  const suppressions = await findPartnerEmailSuppressions(tx, actor.practiceId, couple.id);
  return {
    ...couple,
    partners: people.map((p) => ({
      id: p.id,
      displayName: p.displayName,
      email: p.email,
      joined: p.userId !== null,
      invitationExpiresAt: p.invitationExpiresAt,
      emailSuppression: suppressions.get(p.id) ?? null,
    })),
  };
}
