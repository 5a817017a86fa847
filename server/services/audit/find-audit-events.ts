import { and, desc, eq, lt } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '../../../db/client';
import { auditEvents, users } from '../../../db/schema';
import type { Actor } from '../actor';

export const ZFindAuditEventsInput = z.object({ before: z.date().optional() });
export type TFindAuditEventsInput = z.infer<typeof ZFindAuditEventsInput>;

const PAGE_SIZE = 50;

export async function findAuditEvents(tx: Tx, actor: Actor, input: TFindAuditEventsInput) {
  const rows = await tx
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      targetType: auditEvents.targetType,
      targetId: auditEvents.targetId,
      actorName: users.name,
      ip: auditEvents.ip,
      createdAt: auditEvents.createdAt,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(
      and(
        eq(auditEvents.practiceId, actor.practiceId),
        input.before ? lt(auditEvents.createdAt, input.before) : undefined,
      ),
    )
    .orderBy(desc(auditEvents.createdAt))
    .limit(PAGE_SIZE + 1);
  const items = rows.slice(0, PAGE_SIZE);
  return { items, nextBefore: rows.length > PAGE_SIZE ? (items.at(-1)?.createdAt ?? null) : null };
}
