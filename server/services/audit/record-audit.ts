// The one writer of audit events. It takes the practice's chain head under the practice's lock
// (audit_chain_head, migration 0026), computes the event's MAC with the chain key, and inserts the
// event; the database's trigger checks that it continues the chain. Works in a tenant transaction
// (any member, clients included) and on the system connection (sign-up, invitations, account events).
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '@/db/client';
import { auditEvents } from '@/db/schema';
import { auditChainKey } from '@/server/env';
import type { Actor } from '../actor';
import { auditEventMac, type ChainedFields, KEYED_CHAIN_VERSION } from './audit-chain-mac';

export type AuditEntry = {
  action: string;
  targetType: string;
  targetId?: string;
  metadata?: Record<string, string | number | boolean | null>;
};

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as Postgres will hand it back (UTF-8 has no lone surrogates), so the MAC holds after the round trip. */
const stored = (text: string | null | undefined, max?: number) =>
  text == null
    ? null
    : (max ? Array.from(text).slice(0, max).join('') : text).replace(LONE_SURROGATE, '\uFFFD');

export async function recordAudit(
  db: DbOrTx,
  actor: Pick<Actor, 'practiceId' | 'userId' | 'meta'>,
  entry: AuditEntry,
  createdAt = new Date(),
) {
  const [head] = await queryRows<{ seq: string | number; hash: string }>(
    db,
    sql`select seq, hash from audit_chain_head(${actor.practiceId}::uuid)`,
  );
  if (!head) throw new Error('audit_chain_head returned no row');
  const fields: ChainedFields = {
    practiceId: actor.practiceId,
    id: randomUUID(),
    seq: Number(head.seq) + 1,
    prevHash: head.hash,
    actorUserId: actor.userId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    ip: stored(actor.meta.ip),
    userAgent: stored(actor.meta.userAgent, 300),
    metadata: entry.metadata ?? null,
    createdAt: new Date(createdAt.getTime()),
  };
  await db.insert(auditEvents).values({
    ...fields,
    metadata: entry.metadata ?? null,
    hash: auditEventMac(auditChainKey(), fields),
    chainVersion: KEYED_CHAIN_VERSION,
  });
}
