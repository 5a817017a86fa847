// Writes what happened to a claimed message. Every write names the claim (id, pending, lease), so
// a worker whose lease ran out and was taken over can never overwrite the newer outcome.
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import type { MessageVersion } from './message-version';

type Claim = { id: string; leaseUntil: Date };

const claimed = (claim: Claim) =>
  and(
    eq(emailOutbox.id, claim.id),
    eq(emailOutbox.status, 'pending'),
    eq(emailOutbox.lockedUntil, claim.leaseUntil),
  );

const noDiscreetVersion = { discreetSubject: null, discreetHtml: null, discreetText: null } as const;

/** Bodies can hold sign-in and invitation links: nothing keeps them once the message is settled. */
const settled = { html: null, text: null, ...noDiscreetVersion, lockedUntil: null } as const;

/**
 * Counted before the send, so a crash mid-send still counts the attempt and starts the clock.
 * Renews the lease, so the send has a whole lease to finish in before anyone else may take the
 * message, and answers the renewed claim; null when the lease had already run out (another worker
 * may have taken the message over): then the message must not be sent from here. A message that
 * came in two versions keeps only the one this attempt sends (message-version.ts).
 */
export async function recordAttemptStarted(
  db: Db,
  claim: Claim,
  now: Date,
  leaseMs: number,
  chosen: MessageVersion | null,
): Promise<Claim | null> {
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const held = await db
    .update(emailOutbox)
    .set({
      attempts: sql`${emailOutbox.attempts} + 1`,
      firstAttemptAt: sql`coalesce(${emailOutbox.firstAttemptAt}, ${now.toISOString()}::timestamptz)`,
      ...(chosen ? { ...chosen, ...noDiscreetVersion } : {}),
      lockedUntil: leaseUntil,
    })
    .where(and(claimed(claim), gt(emailOutbox.lockedUntil, now)))
    .returning({ id: emailOutbox.id });
  return held.length > 0 ? { id: claim.id, leaseUntil } : null;
}

export async function recordSent(db: Db, claim: Claim, now: Date, providerMessageId: string) {
  await db
    .update(emailOutbox)
    .set({ ...settled, status: 'sent', sentAt: now, providerMessageId, lastError: null })
    .where(claimed(claim));
}

export async function recordFailed(db: Db, claim: Claim, now: Date, reason: string) {
  await db
    .update(emailOutbox)
    .set({ ...settled, status: 'failed', failedAt: now, lastError: reason })
    .where(claimed(claim));
}

export async function recordSkipped(db: Db, claim: Claim, reason: string) {
  await db
    .update(emailOutbox)
    .set({ ...settled, status: 'skipped', lastError: reason })
    .where(claimed(claim));
}

/** Back in the queue at `until`: a retry after a transient failure, or the end of quiet hours. */
export async function recordRetryAt(db: Db, claim: Claim, until: Date, reason: string | null) {
  await db
    .update(emailOutbox)
    .set({ lockedUntil: null, nextAttemptAt: until, ...(reason ? { lastError: reason } : {}) })
    .where(claimed(claim));
}
