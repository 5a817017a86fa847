import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { queryRows } from '../../../db/client';

export type AuditChainProblem = 'missing' | 'unlinked' | 'edited';
export type AuditChainStatus =
  | { verified: true; events: number }
  | {
      verified: false;
      events: number;
      seq: number;
      eventId: string;
      createdAt: Date;
      problem: AuditChainProblem;
    };

/**
 * Walks a practice's chain in the database (audit_chain_first_break, migration 0016), which
 * recomputes each hash with the same function the insert trigger used. The app role sees only its
 * own practice's events, so it can only verify its own chain.
 */
export async function verifyAuditChain(db: DbOrTx, practiceId: string): Promise<AuditChainStatus> {
  const [count] = await queryRows<{ events: number }>(
    db,
    sql`select count(*)::int as events from audit_events where practice_id = ${practiceId}`,
  );
  const events = count?.events ?? 0;
  const [found] = await queryRows<{
    seq: string | number;
    eventId: string;
    createdAt: string | Date;
    problem: AuditChainProblem;
  }>(
    db,
    sql`select seq, event_id as "eventId", created_at as "createdAt", problem
      from audit_chain_first_break(${practiceId}::uuid)`,
  );
  if (!found) return { verified: true, events };
  return {
    verified: false,
    events,
    seq: Number(found.seq),
    eventId: found.eventId,
    createdAt: new Date(found.createdAt),
    problem: found.problem,
  };
}
