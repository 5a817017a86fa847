// A staff member's couples, for choosing which of them to reassign: partner names and status,
// oldest first, at most one reassignment's worth (the most reassignCouples takes at once).
import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { couples, partners } from '@/db/schema';
import type { Actor } from '../actor';
import { REASSIGN_LIMIT } from './reassign-couples';

export const ZMemberCouplesInput = z.object({ membershipId: z.uuid() });

export async function findMemberCouples(tx: Tx, actor: Actor, input: z.infer<typeof ZMemberCouplesInput>) {
  const rows = await tx
    .select({ id: couples.id, status: couples.status })
    .from(couples)
    .where(and(eq(couples.practiceId, actor.practiceId), eq(couples.counselorId, input.membershipId)))
    .orderBy(asc(couples.createdAt), asc(couples.id))
    .limit(REASSIGN_LIMIT + 1);
  const listed = rows.slice(0, REASSIGN_LIMIT);
  const people = listed.length
    ? await tx
        .select({ coupleId: partners.coupleId, displayName: partners.displayName })
        .from(partners)
        .where(
          and(
            eq(partners.practiceId, actor.practiceId),
            inArray(
              partners.coupleId,
              listed.map((c) => c.id),
            ),
          ),
        )
        .orderBy(asc(partners.position))
    : [];
  return {
    couples: listed.map((c) => ({
      coupleId: c.id,
      name: people
        .filter((p) => p.coupleId === c.id)
        .map((p) => p.displayName)
        .join(' & '),
      status: c.status,
    })),
    /** More couples than one reassignment takes: move these, then the rest. */
    more: rows.length > REASSIGN_LIMIT,
  };
}
