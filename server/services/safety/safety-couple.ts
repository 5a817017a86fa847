// The couple a safety action is about, checked the way every couple page is: its counselor, or an
// owner or admin. NOT_FOUND otherwise, so a counselor cannot learn that another's couple exists.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { couples } from '@/db/schema';
import { notFound } from '@/server/errors';
import type { Actor } from '../actor';
import { canSeeCouple } from '../couples/couple-access';

export async function loadSafetyCouple(tx: Tx, actor: Actor, coupleId: string) {
  const [couple] = await tx
    .select({ id: couples.id, counselorId: couples.counselorId, status: couples.status })
    .from(couples)
    .where(and(eq(couples.practiceId, actor.practiceId), eq(couples.id, coupleId)));
  if (!couple || !canSeeCouple(actor, couple.counselorId)) throw notFound('Couple');
  return couple;
}
