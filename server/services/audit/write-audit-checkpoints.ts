// Checkpoints of each practice's chain head, MAC'd with the chain key, written on the owner
// connection (the app role cannot write them). The worker's periodic job writes one for every
// practice whose head moved, at most every CHECKPOINT_EVERY_MS; building an export writes one at
// once, so the archive carries the head it was made from. Two writers at once: the second's insert
// of the same number is ignored, and the next run catches up.
import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '@/db/client';
import { auditCheckpoints } from '@/db/schema';
import { auditChainKey } from '@/server/env';
import { checkpointMac } from './audit-chain-mac';

export const CHECKPOINT_EVERY_MS = 5 * 60_000;
const BATCH = 500;

type Due = { practiceId: string; seq: string | number; hash: string; n: string | number };

/**
 * Each practice's head and newest checkpoint number, where the head moved past that checkpoint. A
 * head behind its checkpoint (a cut tail) is never recorded: the verification reports it instead.
 */
const headsAfterCheckpoint = (where: SQL, limit: number) => sql`
  select p.id as "practiceId", h.seq, h.hash, coalesce(c.n, 0) as n
  from practices p
  cross join lateral (select a.seq, a.hash from audit_events a
    where a.practice_id = p.id order by a.seq desc limit 1) h
  left join lateral (select k.n, k.seq, k.created_at from audit_checkpoints k
    where k.practice_id = p.id order by k.n desc limit 1) c on true
  where (c.n is null or h.seq > c.seq) and ${where}
  limit ${limit}`;

async function insertCheckpoints(db: Db, due: Due[], now: Date): Promise<number> {
  if (due.length === 0) return 0;
  const key = auditChainKey();
  const rows = due.map((d) => {
    const fields = {
      practiceId: d.practiceId,
      n: Number(d.n) + 1,
      seq: Number(d.seq),
      hash: d.hash,
      createdAt: now,
    };
    return { ...fields, mac: checkpointMac(key, fields) };
  });
  const written = await db
    .insert(auditCheckpoints)
    .values(rows)
    .onConflictDoNothing()
    .returning({ n: auditCheckpoints.n });
  return written.length;
}

/** The periodic run: every practice whose head moved and whose newest checkpoint is old enough. */
export async function writeDueAuditCheckpoints(db: Db, now: Date): Promise<number> {
  const since = new Date(now.getTime() - CHECKPOINT_EVERY_MS).toISOString();
  const due = await queryRows<Due>(
    db,
    headsAfterCheckpoint(sql`(c.n is null or c.created_at <= ${since})`, BATCH),
  );
  return insertCheckpoints(db, due, now);
}

/** One practice, now (an export is being built): nothing when its newest checkpoint is the head. */
export async function writeAuditCheckpoint(db: Db, practiceId: string, now: Date): Promise<number> {
  const due = await queryRows<Due>(db, headsAfterCheckpoint(sql`p.id = ${practiceId}`, 1));
  return insertCheckpoints(db, due, now);
}
