// Takes the oldest export waiting to be built, or one whose worker stopped holding it (its lease
// ran out: the worker crashed). SKIP LOCKED lets workers share the queue; the lease time doubles as
// the claim token, so a worker that lost its job cannot write over the one that took it.
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '@/db/client';

export type ClaimedExport = { practiceId: string; id: string; attempts: number; leaseUntil: Date };

export async function claimExportJob(
  db: Db,
  options: { now: Date; leaseUntil: Date },
): Promise<ClaimedExport | undefined> {
  const { now, leaseUntil } = options;
  const [row] = await queryRows<{ practiceId: string; id: string; attempts: number }>(
    db,
    sql`update practice_exports e
      set status = 'running', lease_until = ${leaseUntil.toISOString()}, attempts = e.attempts + 1,
        started_at = coalesce(e.started_at, ${now.toISOString()})
      from (
        select practice_id, id from practice_exports
        where (status = 'queued' or (status = 'running' and lease_until < ${now.toISOString()}))
        order by created_at
        limit 1
        for update skip locked
      ) due
      where e.practice_id = due.practice_id and e.id = due.id
      returning e.practice_id as "practiceId", e.id, e.attempts`,
  );
  return row && { ...row, leaseUntil };
}
