import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { auditEvents, couples, partners, users } from '@/db/schema';
import type { Actor } from '../actor';
import { auditActionLabel } from './audit-labels';

/** What the viewer's selects offer: people and actions that occur in the log, and the couples. */
export async function loadAuditFilterOptions(tx: Tx, actor: Actor) {
  const people = await tx
    .selectDistinct({ userId: users.id, name: users.name })
    .from(auditEvents)
    .innerJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(eq(auditEvents.practiceId, actor.practiceId))
    .orderBy(asc(users.name), asc(users.id));
  const actions = await tx
    .selectDistinct({ action: auditEvents.action })
    .from(auditEvents)
    .where(eq(auditEvents.practiceId, actor.practiceId))
    .orderBy(asc(auditEvents.action));
  const coupleRows = await tx
    .select({
      coupleId: couples.id,
      name: sql<string>`string_agg(${partners.displayName}, ' & ' order by ${partners.position})`,
    })
    .from(couples)
    .leftJoin(partners, and(eq(partners.practiceId, couples.practiceId), eq(partners.coupleId, couples.id)))
    .where(eq(couples.practiceId, actor.practiceId))
    .groupBy(couples.id)
    .orderBy(asc(sql`2`), asc(couples.id));
  return {
    people,
    actions: actions
      .map(({ action }) => ({ action, label: auditActionLabel(action) }))
      .sort((x, y) => x.label.localeCompare(y.label)),
    couples: coupleRows.map((c) => ({ coupleId: c.coupleId, name: c.name ?? 'Couple without partners' })),
  };
}
