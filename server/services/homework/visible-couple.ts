// The couple a staff member is working on, if they may see it; NOT_FOUND otherwise, so a
// counselor cannot tell another caseload's couple from one that does not exist.
import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { couples, partners } from '@/db/schema';
import { notFound } from '@/server/errors';
import type { Actor } from '../actor';
import { canSeeCouple } from '../couples/couple-access';

export async function findVisibleCouple(tx: Tx, actor: Actor, coupleId: string) {
  const [couple] = await tx
    .select({ id: couples.id, counselorId: couples.counselorId, status: couples.status })
    .from(couples)
    .where(and(eq(couples.practiceId, actor.practiceId), eq(couples.id, coupleId)));
  if (!couple || !canSeeCouple(actor, couple.counselorId)) throw notFound('Couple');
  const people = await tx
    .select({ id: partners.id, displayName: partners.displayName, position: partners.position })
    .from(partners)
    .where(and(eq(partners.practiceId, actor.practiceId), eq(partners.coupleId, couple.id)))
    .orderBy(asc(partners.position));
  return { ...couple, partners: people };
}
