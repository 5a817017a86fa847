// One pass of the delivery worker: claim due messages, decide each one against its recipient's
// preferences, send with the message's idempotency key, record the outcome. A crash anywhere
// loses nothing (the lease runs out and the row is claimed again) and sends nothing twice (the
// provider answers a repeated key with the first delivery).
import type { Db } from '@/db/client';
import { type EmailTransport, PermanentSendError } from '@/server/email/transports/transport';
import type { EmailCategory } from '@/server/email/unsubscribe-token';
import { type ClaimedEmail, claimDueEmails } from './claim-due-emails';
import { loadRecipientContext } from './load-recipient-context';
import { fromHeader, unsubscribeHeaders } from './message-headers';
import { chooseVersion } from './message-version';
import { decideDelivery, fallbackPreferences } from './recipient-rules';
import {
  recordAttemptStarted,
  recordFailed,
  recordRetryAt,
  recordSent,
  recordSkipped,
} from './record-outcome';
import { GIVE_UP_AFTER_MS, RETRY_BASE_MS, retryDelayMs } from './retry-delay';

type DeliveryOptions = {
  transport: EmailTransport;
  fromAddress: string;
  now?: () => Date;
  batchSize?: number;
  leaseMs?: number;
  retryBaseMs?: number;
  /** Aborted: stop where it stands, as a killed process would (tests use it to crash the worker). */
  signal?: AbortSignal;
};

export type DeliveryCounts = {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  skipped: number;
  waiting: number;
};

export const SEND_CONCURRENCY = 4;

export async function deliverDueEmails(db: Db, options: DeliveryOptions): Promise<DeliveryCounts> {
  const now = options.now ?? (() => new Date());
  const started = now();
  const leaseMs = options.leaseMs ?? 60_000;
  const leaseUntil = new Date(started.getTime() + leaseMs);
  const batch = await claimDueEmails(db, { now: started, leaseUntil, limit: options.batchSize ?? 25 });
  const counts: DeliveryCounts = {
    claimed: batch.length,
    sent: 0,
    retried: 0,
    failed: 0,
    skipped: 0,
    waiting: 0,
  };
  if (batch.length === 0) return counts;
  const context = await loadRecipientContext(db, batch);

  const deliverOne = async (message: ClaimedEmail) => {
    const claim = { id: message.id, leaseUntil };
    const category = message.category as EmailCategory | null;
    const decision = decideDelivery({
      now: started,
      category,
      suppressedFor: context.suppressedFor.get(message.toEmail) ?? null,
      preferences:
        (message.recipientUserId && context.preferencesOf.get(message.recipientUserId)) ||
        fallbackPreferences(
          category,
          message.senderPracticeId ? context.practiceDefaults.get(message.senderPracticeId) : undefined,
        ),
      practiceTimeZone:
        (message.senderPracticeId && context.practiceZone.get(message.senderPracticeId)) || null,
    });
    if (decision.kind === 'skip') {
      counts.skipped++;
      return recordSkipped(db, claim, decision.reason);
    }
    if (decision.kind === 'wait') {
      counts.waiting++;
      return recordRetryAt(db, claim, decision.until, null);
    }
    const firstAttemptAt = message.firstAttemptAt ?? started;
    if (started.getTime() - firstAttemptAt.getTime() >= GIVE_UP_AFTER_MS) {
      counts.failed++;
      return recordFailed(
        db,
        claim,
        started,
        `gave up after 23 hours: ${message.lastError ?? 'no delivery'}`,
      );
    }
    const version = chooseVersion({
      message,
      clientChoice: message.recipientUserId ? context.discreetChoiceOf.get(message.recipientUserId) : null,
      practice: message.senderPracticeId
        ? context.practiceDiscretion.get(message.senderPracticeId)
        : undefined,
    });
    const { html, text } = version;
    if (html === null || text === null) {
      counts.failed++;
      return recordFailed(db, claim, started, 'message body missing');
    }
    // A batch's last messages wait for the lanes; one whose lease ran out meanwhile is not ours.
    const chosen = message.discreetSubject === null ? null : version;
    const sending = await recordAttemptStarted(db, claim, now(), leaseMs, chosen);
    if (!sending) return;
    if (options.signal?.aborted) return;
    try {
      const { providerMessageId } = await options.transport.send({
        idempotencyKey: message.idempotencyKey,
        from: fromHeader(version.senderName, options.fromAddress),
        to: message.toEmail,
        subject: version.subject,
        html,
        text,
        headers: unsubscribeHeaders(message.unsubscribeUrl),
      });
      if (options.signal?.aborted) return;
      counts.sent++;
      await recordSent(db, sending, now(), providerMessageId);
    } catch (error) {
      if (options.signal?.aborted) return;
      const reason = error instanceof Error ? error.message : String(error);
      if (error instanceof PermanentSendError) {
        counts.failed++;
        return recordFailed(db, sending, now(), reason);
      }
      const retryAt = new Date(
        now().getTime() + retryDelayMs(message.attempts + 1, options.retryBaseMs ?? RETRY_BASE_MS),
      );
      if (retryAt.getTime() - firstAttemptAt.getTime() >= GIVE_UP_AFTER_MS) {
        counts.failed++;
        return recordFailed(db, sending, now(), `gave up after 23 hours: ${reason}`);
      }
      counts.retried++;
      return recordRetryAt(db, sending, retryAt, reason);
    }
  };

  const queue = [...batch];
  const lanes = Array.from({ length: Math.min(SEND_CONCURRENCY, queue.length) }, async () => {
    for (let next = queue.shift(); next && !options.signal?.aborted; next = queue.shift())
      await deliverOne(next);
  });
  await Promise.all(lanes);
  return counts;
}
