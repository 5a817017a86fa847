// A client's own view: their couple, partner names and counselor. RLS already limits a client
// to their couple; the explicit filter keeps the query honest without it.
import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { couples, memberships, partners, practices, users } from '@/db/schema';
import { notFound } from '@/server/errors';
import type { Actor } from '../actor';

export async function getPortalHome(tx: Tx, actor: Actor) {
  const [mine] = await tx
    .select({ coupleId: partners.coupleId, partnerId: partners.id })
    .from(partners)
    .where(and(eq(partners.practiceId, actor.practiceId), eq(partners.userId, actor.userId)));
  if (!mine) throw notFound('Couple');
  const [couple] = await tx
    .select({
      id: couples.id,
      status: couples.status,
      counselorName: users.name,
      practiceName: practices.name,
      timeZone: practices.timeZone,
    })
    .from(couples)
    .innerJoin(
      memberships,
      and(eq(memberships.practiceId, couples.practiceId), eq(memberships.id, couples.counselorId)),
    )
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(practices, eq(practices.id, couples.practiceId))
    .where(and(eq(couples.practiceId, actor.practiceId), eq(couples.id, mine.coupleId)));
  if (!couple) throw notFound('Couple');
  const people = await tx
    .select({ id: partners.id, displayName: partners.displayName })
    .from(partners)
    .where(and(eq(partners.practiceId, actor.practiceId), eq(partners.coupleId, couple.id)))
    .orderBy(asc(partners.position));
  return {
    coupleId: couple.id,
    status: couple.status,
    counselorName: couple.counselorName,
    practiceName: couple.practiceName,
    timeZone: couple.timeZone,
    me: people.find((p) => p.id === mine.partnerId)?.displayName ?? '',
    partner: people.find((p) => p.id !== mine.partnerId)?.displayName ?? null,
  };
}
