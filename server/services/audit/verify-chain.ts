// Verifies a practice's audit chain against its key and its checkpoints, with no I/O: events go in
// by seq, in as many batches as the reader likes, and the first break comes out.
// - missing: the event's seq is not the one after the previous event (events before it are gone);
// - unlinked: its prev_hash is not the previous event's hash (that event was changed or removed);
// - edited: its hash is not its MAC (or, for a legacy row, not its sha256), or a legacy row comes
//   after a keyed one (a keyed event rewritten as unkeyed);
// - diverged: a checkpoint saw a different event at that seq (the chain was rewritten up to there);
// - truncated: a checkpoint saw the chain reach further than it now does (its tail was cut);
// - checkpoint: a checkpoint's MAC does not verify, or checkpoints are missing from the numbering.
import { auditEventMac, type ChainedFields, type CheckpointFields, checkpointMac } from './audit-chain-mac';

export type ChainEvent = ChainedFields & {
  hash: string;
  chainVersion: number;
  /** For a legacy (version 1) row, the sha256 the database recomputes from its fields. */
  legacyHash: string | null;
};
export type StoredCheckpoint = CheckpointFields & { mac: string };

type AuditChainProblem = 'missing' | 'unlinked' | 'edited' | 'diverged' | 'truncated' | 'checkpoint';
export type AuditChainBreak = {
  seq: number;
  eventId: string | null;
  createdAt: Date | null;
  problem: AuditChainProblem;
};
export type AuditChainStatus = {
  events: number;
  checkpoints: number;
  newestCheckpoint: { n: number; seq: number; createdAt: Date } | null;
} & ({ verified: true } | ({ verified: false } & AuditChainBreak));

/**
 * `checkpoints` are the database's; `kept` are checkpoints kept elsewhere (from a data export): a kept
 * one must verify and match the database's of the same number, and the database must still hold it,
 * so it also shows the newest checkpoints deleted with the events they saw.
 */
export function createChainVerifier(
  key: Buffer,
  checkpoints: readonly StoredCheckpoint[],
  kept: readonly StoredCheckpoint[] = [],
) {
  const sorted = [...checkpoints].sort((x, y) => x.n - y.n);
  let checkpointBreak: AuditChainBreak | null = null;
  const valid = new Map<number, StoredCheckpoint>();
  const use = (c: StoredCheckpoint, ok: boolean) => {
    const sameSeq = valid.get(c.seq);
    if (!ok || (sameSeq && sameSeq.hash !== c.hash)) {
      checkpointBreak ??= {
        seq: c.seq,
        eventId: null,
        createdAt: c.createdAt,
        problem: ok ? 'diverged' : 'checkpoint',
      };
      return;
    }
    valid.set(c.seq, c);
  };
  for (const [i, c] of sorted.entries()) use(c, c.n === i + 1 && c.mac === checkpointMac(key, c));
  for (const c of kept) {
    const genuine = c.mac === checkpointMac(key, c);
    use(c, genuine);
    if (genuine && sorted.find((x) => x.n === c.n)?.mac !== c.mac)
      checkpointBreak ??= { seq: c.seq, eventId: null, createdAt: c.createdAt, problem: 'checkpoint' };
  }

  let events = 0;
  let previous: { seq: number; hash: string } | null = null;
  let keyedSeen = false;
  let eventBreak: AuditChainBreak | null = null;

  function check(e: ChainEvent): AuditChainProblem | null {
    if (e.seq !== (previous?.seq ?? 0) + 1) return 'missing';
    if (e.prevHash !== (previous?.hash ?? '')) return 'unlinked';
    if (e.chainVersion === 1) {
      if (keyedSeen || e.hash !== e.legacyHash) return 'edited';
    } else if (e.chainVersion === 2) {
      if (e.hash !== auditEventMac(key, e)) return 'edited';
      keyedSeen = true;
    } else return 'edited';
    const seen = valid.get(e.seq);
    if (seen && seen.hash !== e.hash) return 'diverged';
    return null;
  }

  return {
    add(batch: readonly ChainEvent[]) {
      for (const e of batch) {
        events++;
        if (eventBreak) continue;
        const problem = check(e);
        if (problem) eventBreak = { seq: e.seq, eventId: e.id, createdAt: e.createdAt, problem };
        previous = { seq: e.seq, hash: e.hash };
      }
    },
    result(): AuditChainStatus {
      const newest = sorted.at(-1);
      const summary = {
        events,
        checkpoints: sorted.length,
        newestCheckpoint: newest ? { n: newest.n, seq: newest.seq, createdAt: newest.createdAt } : null,
      };
      const lastSeq = previous?.seq ?? 0;
      const reach = Math.max(0, ...valid.keys());
      const truncated: AuditChainBreak | null =
        !eventBreak && reach > lastSeq
          ? {
              seq: lastSeq + 1,
              eventId: null,
              createdAt: valid.get(reach)?.createdAt ?? null,
              problem: 'truncated',
            }
          : null;
      const found = eventBreak ?? truncated ?? checkpointBreak;
      return found ? { ...summary, verified: false, ...found } : { ...summary, verified: true };
    },
  };
}

/** The whole chain at once (for callers that hold it all, and tests). */
export function verifyChain(
  key: Buffer,
  events: readonly ChainEvent[],
  checkpoints: readonly StoredCheckpoint[],
  kept: readonly StoredCheckpoint[] = [],
): AuditChainStatus {
  const verifier = createChainVerifier(key, checkpoints, kept);
  verifier.add(events);
  return verifier.result();
}
