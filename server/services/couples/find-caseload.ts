// The caseload: one SQL statement per page, whatever the caseload size.
import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '../../../db/client';
import { couples, memberships, partners, users } from '../../../db/schema';
import { can } from '../../authz/permissions';
import { forbidden } from '../../errors';
import type { Actor } from '../actor';

export const CASELOAD_PAGE_SIZE = 50;

export const ZFindCaseloadInput = z.object({
  scope: z.enum(['mine', 'practice']).default('mine'),
  status: z.enum(['active', 'paused', 'closed']).default('active'),
  cursor: z.object({ createdAt: z.date(), id: z.uuid() }).optional(),
});
export type TFindCaseloadInput = z.input<typeof ZFindCaseloadInput>;

export async function findCaseload(tx: Tx, actor: Actor, rawInput: TFindCaseloadInput) {
  const input = ZFindCaseloadInput.parse(rawInput);
  if (input.scope === 'practice' && !can(actor.role, 'couples:read-all')) throw forbidden();
  const partnersOfCouple = and(
    eq(partners.practiceId, couples.practiceId),
    eq(partners.coupleId, couples.id),
  );
  const rows = await tx
    .select({
      id: couples.id,
      status: couples.status,
      createdAt: couples.createdAt,
      counselorName: users.name,
      partnerNames: sql<
        string[]
      >`coalesce((select array_agg(${partners.displayName} order by ${partners.position}) from ${partners} where ${partnersOfCouple}), '{}')`,
      partnersJoined: sql<number>`(select count(${partners.userId})::int from ${partners} where ${partnersOfCouple})`,
    })
    .from(couples)
    .innerJoin(
      memberships,
      and(eq(memberships.practiceId, couples.practiceId), eq(memberships.id, couples.counselorId)),
    )
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(couples.practiceId, actor.practiceId),
        eq(couples.status, input.status),
        input.scope === 'mine' ? eq(couples.counselorId, actor.membershipId) : undefined,
        input.cursor
          ? or(
              lt(couples.createdAt, input.cursor.createdAt),
              and(eq(couples.createdAt, input.cursor.createdAt), lt(couples.id, input.cursor.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(couples.createdAt), desc(couples.id))
    .limit(CASELOAD_PAGE_SIZE + 1);
  const items = rows.slice(0, CASELOAD_PAGE_SIZE);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > CASELOAD_PAGE_SIZE && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}
