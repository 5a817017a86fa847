import { asc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { auditEvents, users } from '@/db/schema';
import type { Actor } from '../actor';
import { auditFilterWhere, type TAuditFilter } from './audit-filter';
import { auditActionLabel } from './audit-labels';
import { toCsv } from './csv';

/** More than any practice's log for years; past it the export says so instead of truncating silently. */
const AUDIT_EXPORT_LIMIT = 100_000;

const HEADER = [
  'seq',
  'time_utc',
  'person_id',
  'person',
  'action',
  'target_type',
  'target_id',
  'ip',
  'user_agent',
  'metadata',
  'hash',
  // Last, so tools reading the earlier columns by position keep working.
  'action_label',
] as const;

/**
 * The filtered events, oldest first, as CSV. Audit metadata holds ids, roles, counts and statuses
 * (never note text, answers or titles), so it is exported as its JSON.
 */
export async function exportAuditCsv(tx: Tx, actor: Actor, filter: TAuditFilter) {
  const rows = await tx
    .select({
      seq: auditEvents.seq,
      createdAt: auditEvents.createdAt,
      actorUserId: auditEvents.actorUserId,
      actorName: users.name,
      action: auditEvents.action,
      targetType: auditEvents.targetType,
      targetId: auditEvents.targetId,
      ip: auditEvents.ip,
      userAgent: auditEvents.userAgent,
      metadata: auditEvents.metadata,
      hash: auditEvents.hash,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(auditFilterWhere(actor.practiceId, filter))
    .orderBy(asc(auditEvents.seq))
    .limit(AUDIT_EXPORT_LIMIT + 1);
  const truncated = rows.length > AUDIT_EXPORT_LIMIT;
  const csv = toCsv(
    HEADER,
    rows
      .slice(0, AUDIT_EXPORT_LIMIT)
      .map((r) => [
        r.seq,
        r.createdAt.toISOString(),
        r.actorUserId,
        r.actorName,
        r.action,
        r.targetType,
        r.targetId,
        r.ip,
        r.userAgent,
        r.metadata ? JSON.stringify(r.metadata) : null,
        r.hash,
        auditActionLabel(r.action),
      ]),
  );
  return { csv, rows: Math.min(rows.length, AUDIT_EXPORT_LIMIT), truncated };
}
