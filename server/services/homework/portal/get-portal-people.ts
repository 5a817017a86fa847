// The signed-in client as a partner: their couple, themself and the other partner. RLS already
// limits a client to their own couple; the filters say so in the query as well.
import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { partners } from '@/db/schema';
import { notFound } from '@/server/errors';
import type { Actor } from '@/server/services/actor';
import { isOnSafetyHold } from '@/server/services/safety/safety-settings';

export type PortalPerson = { partnerId: string; displayName: string };
export type PortalPeople = {
  coupleId: string;
  me: PortalPerson;
  partner: PortalPerson | null;
  /** The counselor placed a safety hold: shared exercises and sharing answers with the partner pause. */
  sharedWorkPaused: boolean;
};

export async function getPortalPeople(tx: Tx, actor: Actor): Promise<PortalPeople> {
  const [mine] = await tx
    .select({ coupleId: partners.coupleId, partnerId: partners.id })
    .from(partners)
    .where(and(eq(partners.practiceId, actor.practiceId), eq(partners.userId, actor.userId)));
  if (!mine) throw notFound('Couple');
  const people = await tx
    .select({ partnerId: partners.id, displayName: partners.displayName })
    .from(partners)
    .where(and(eq(partners.practiceId, actor.practiceId), eq(partners.coupleId, mine.coupleId)))
    .orderBy(asc(partners.position));
  const me = people.find((p) => p.partnerId === mine.partnerId);
  if (!me) throw notFound('Couple');
  return {
    coupleId: mine.coupleId,
    me,
    partner: people.find((p) => p.partnerId !== me.partnerId) ?? null,
    sharedWorkPaused: await isOnSafetyHold(tx, actor.practiceId, mine.coupleId),
  };
}
