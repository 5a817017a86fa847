import { and, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { auditEvents } from '@/db/schema';

/** The viewer's filters, shared by the page and the CSV export. Dates: from inclusive, to exclusive. */
export const ZAuditFilter = z.object({
  actorUserId: z.uuid().optional(),
  action: z.string().trim().min(1).max(100).optional(),
  coupleId: z.uuid().optional(),
  from: z.date().optional(),
  to: z.date().optional(),
});
export type TAuditFilter = z.infer<typeof ZAuditFilter>;

/**
 * Events about a couple: the couple itself, one of its sessions (as target, or named in the
 * metadata of a note event), one of its partners, or any event whose metadata names the couple.
 * The audit page names the couple of each event the same way (audit-event-couples.ts).
 */
function aboutCouple(practiceId: string, coupleId: string): SQL {
  const sessionIds = sql`(select s.id::text from counseling_sessions s
    where s.practice_id = ${practiceId} and s.couple_id = ${coupleId})`;
  const partnerIds = sql`(select p.id::text from partners p
    where p.practice_id = ${practiceId} and p.couple_id = ${coupleId})`;
  return sql`(
    (${auditEvents.targetType} = 'couple' and ${auditEvents.targetId} = ${coupleId})
    or ${auditEvents.metadata} ->> 'coupleId' = ${coupleId}
    or (${auditEvents.targetType} = 'counseling_session' and ${auditEvents.targetId} in ${sessionIds})
    or ${auditEvents.metadata} ->> 'sessionId' in ${sessionIds}
    or (${auditEvents.targetType} = 'partner' and ${auditEvents.targetId} in ${partnerIds})
  )`;
}

export function auditFilterWhere(practiceId: string, filter: TAuditFilter): SQL | undefined {
  return and(
    eq(auditEvents.practiceId, practiceId),
    filter.actorUserId ? eq(auditEvents.actorUserId, filter.actorUserId) : undefined,
    filter.action ? eq(auditEvents.action, filter.action) : undefined,
    filter.coupleId ? aboutCouple(practiceId, filter.coupleId) : undefined,
    filter.from ? gte(auditEvents.createdAt, filter.from) : undefined,
    filter.to ? lt(auditEvents.createdAt, filter.to) : undefined,
  );
}
