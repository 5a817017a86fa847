// A checkpoint kept outside the database, as a data export holds it (its row in
// audit_checkpoints, or the manifest's auditCheckpoint), to check the live chain against. Its MAC
// is checked with the caller's practice id, so another practice's checkpoint never verifies.
import { z } from 'zod';
import type { StoredCheckpoint } from './verify-chain';

// Any 64 characters: a hash or MAC that is not lowercase hex simply never matches.
const ZHex64 = z.string().length(64, 'Not a checkpoint hash.');
const ZCount = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const ZKeptCheckpoint = z.object({
  n: ZCount,
  seq: ZCount,
  hash: ZHex64,
  created_at: z.iso.datetime({ offset: true }),
  mac: ZHex64,
});
type TKeptCheckpoint = z.infer<typeof ZKeptCheckpoint>;

export function keptCheckpointOf(practiceId: string, kept: TKeptCheckpoint): StoredCheckpoint {
  return {
    practiceId,
    n: kept.n,
    seq: kept.seq,
    hash: kept.hash,
    createdAt: new Date(kept.created_at),
    mac: kept.mac,
  };
}

/** The text pasted on the audit page: the JSON of one checkpoint, or null when it is not one. */
export function parseKeptCheckpoint(text: string): TKeptCheckpoint | null {
  try {
    const parsed = ZKeptCheckpoint.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
