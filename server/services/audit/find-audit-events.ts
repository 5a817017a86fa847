import { and, desc, eq, lt } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { auditEvents, users } from '@/db/schema';
import type { Actor } from '../actor';
import { auditEventCouples } from './audit-event-couples';
import { auditFilterWhere, ZAuditFilter } from './audit-filter';
import { auditActionLabel } from './audit-labels';

/** Keyset paging on the chain's own sequence, newest first: `beforeSeq` is the last page's cursor. */
export const ZFindAuditEventsInput = ZAuditFilter.extend({
  beforeSeq: z.number().int().positive().optional(),
});
type TFindAuditEventsInput = z.infer<typeof ZFindAuditEventsInput>;

export const AUDIT_PAGE_SIZE = 50;

export async function findAuditEvents(tx: Tx, actor: Actor, input: TFindAuditEventsInput) {
  const { beforeSeq, ...filter } = input;
  const rows = await tx
    .select({
      id: auditEvents.id,
      seq: auditEvents.seq,
      action: auditEvents.action,
      targetType: auditEvents.targetType,
      targetId: auditEvents.targetId,
      actorUserId: auditEvents.actorUserId,
      actorName: users.name,
      ip: auditEvents.ip,
      createdAt: auditEvents.createdAt,
      metadata: auditEvents.metadata,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(
      and(auditFilterWhere(actor.practiceId, filter), beforeSeq ? lt(auditEvents.seq, beforeSeq) : undefined),
    )
    .orderBy(desc(auditEvents.seq))
    .limit(AUDIT_PAGE_SIZE + 1);
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const couples = await auditEventCouples(tx, actor.practiceId, page);
  const items = page.map(({ metadata: _metadata, ...event }, i) => ({
    ...event,
    actionLabel: auditActionLabel(event.action),
    couple: couples[i] ?? null,
  }));
  return { items, nextBeforeSeq: rows.length > AUDIT_PAGE_SIZE ? (page.at(-1)?.seq ?? null) : null };
}
