// The keyed chain's MACs: HMAC-SHA256 under AUDIT_CHAIN_KEY over a canonical JSON form of an
// event (or a checkpoint). The form survives the database round trip: created_at is set by the app
// and written as ISO milliseconds, and metadata is written as sorted [key, value] pairs, since
// jsonb does not keep key order. A domain label keeps an event's MAC from passing as a checkpoint's.
import { createHmac } from 'node:crypto';

export const KEYED_CHAIN_VERSION = 2;

export type ChainedFields = {
  practiceId: string;
  id: string;
  seq: number;
  prevHash: string;
  actorUserId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  ip: string | null;
  userAgent: string | null;
  metadata: unknown;
  createdAt: Date;
};

export type CheckpointFields = { practiceId: string; n: number; seq: number; hash: string; createdAt: Date };

/** JSON values with every object's keys sorted, objects written as [key, value] pairs. */
export function canonicalJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalJson);
  if (value !== null && typeof value === 'object')
    return Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, canonicalJson(v)]);
  return value;
}

const mac = (key: Buffer, parts: unknown[]) =>
  createHmac('sha256', key).update(JSON.stringify(parts)).digest('hex');

export function auditEventMac(key: Buffer, e: ChainedFields): string {
  return mac(key, [
    'ninefold-audit-event',
    KEYED_CHAIN_VERSION,
    e.practiceId,
    e.id,
    e.seq,
    e.prevHash,
    e.actorUserId,
    e.action,
    e.targetType,
    e.targetId,
    e.ip,
    e.userAgent,
    e.metadata === null || e.metadata === undefined ? null : canonicalJson(e.metadata),
    e.createdAt.toISOString(),
  ]);
}

export function checkpointMac(key: Buffer, c: CheckpointFields): string {
  return mac(key, [
    'ninefold-audit-checkpoint',
    1,
    c.practiceId,
    c.n,
    c.seq,
    c.hash,
    c.createdAt.toISOString(),
  ]);
}
