import type { DbOrTx } from '../../../db/client';
import { auditEvents } from '../../../db/schema';
import type { Actor } from '../actor';

export type AuditEntry = {
  action: string;
  targetType: string;
  targetId?: string;
  metadata?: Record<string, string | number | boolean | null>;
};

export async function recordAudit(
  db: DbOrTx,
  actor: Pick<Actor, 'practiceId' | 'userId' | 'meta'>,
  entry: AuditEntry,
) {
  await db.insert(auditEvents).values({
    practiceId: actor.practiceId,
    actorUserId: actor.userId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    ip: actor.meta.ip,
    userAgent: actor.meta.userAgent?.slice(0, 300) ?? null,
    metadata: entry.metadata ?? null,
  });
}
