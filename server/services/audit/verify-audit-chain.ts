// Reads a practice's chain and checkpoints in pages and verifies them with the chain key
// (verify-chain.ts). Legacy rows' sha256 comes from the database (audit_event_hash), which computed
// it when they were written. On a tenant transaction the app role sees its own practice only.
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { auditCheckpoints, auditEvents } from '@/db/schema';
import { auditChainKey } from '@/server/env';
import { type AuditChainStatus, createChainVerifier, type StoredCheckpoint } from './verify-chain';

const PAGE = 2000;

/** `kept`: checkpoints kept outside the database (from a data export), checked as well. */
export async function verifyAuditChain(
  db: DbOrTx,
  practiceId: string,
  kept: readonly StoredCheckpoint[] = [],
): Promise<AuditChainStatus> {
  const checkpoints = await db
    .select()
    .from(auditCheckpoints)
    .where(eq(auditCheckpoints.practiceId, practiceId))
    .orderBy(asc(auditCheckpoints.n));
  const verifier = createChainVerifier(auditChainKey(), checkpoints, kept);
  let after = 0;
  for (;;) {
    const page = await db
      .select({
        practiceId: auditEvents.practiceId,
        id: auditEvents.id,
        seq: auditEvents.seq,
        prevHash: auditEvents.prevHash,
        hash: auditEvents.hash,
        chainVersion: auditEvents.chainVersion,
        actorUserId: auditEvents.actorUserId,
        action: auditEvents.action,
        targetType: auditEvents.targetType,
        targetId: auditEvents.targetId,
        ip: auditEvents.ip,
        userAgent: auditEvents.userAgent,
        metadata: auditEvents.metadata,
        createdAt: auditEvents.createdAt,
        legacyHash: sql<
          string | null
        >`case when ${auditEvents.chainVersion} = 1 then audit_event_hash(audit_events) end`,
      })
      .from(auditEvents)
      .where(and(eq(auditEvents.practiceId, practiceId), gt(auditEvents.seq, after)))
      .orderBy(asc(auditEvents.seq))
      .limit(PAGE);
    verifier.add(page);
    const last = page.at(-1);
    if (!last || page.length < PAGE) break;
    after = last.seq;
  }
  return verifier.result();
}
