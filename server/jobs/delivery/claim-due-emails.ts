// Takes a batch of due messages for this worker: each row is leased until `leaseUntil`, and the
// lease time doubles as the worker's claim token. SKIP LOCKED lets workers share the outbox;
// a crashed worker's rows come back once its lease runs out.
import { and, asc, eq, inArray, isNull, lt, lte, or } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { emailOutbox } from '@/db/schema';

export type ClaimedEmail = Awaited<ReturnType<typeof claimDueEmails>>[number];

export async function claimDueEmails(db: Db, options: { now: Date; leaseUntil: Date; limit: number }) {
  const { now, leaseUntil, limit } = options;
  const due = db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(
      and(
        eq(emailOutbox.status, 'pending'),
        lte(emailOutbox.nextAttemptAt, now),
        or(isNull(emailOutbox.lockedUntil), lt(emailOutbox.lockedUntil, now)),
      ),
    )
    .orderBy(asc(emailOutbox.nextAttemptAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(emailOutbox)
    .set({ lockedUntil: leaseUntil })
    .where(inArray(emailOutbox.id, due))
    .returning({
      id: emailOutbox.id,
      idempotencyKey: emailOutbox.idempotencyKey,
      toEmail: emailOutbox.toEmail,
      recipientUserId: emailOutbox.recipientUserId,
      senderPracticeId: emailOutbox.senderPracticeId,
      senderName: emailOutbox.senderName,
      category: emailOutbox.category,
      unsubscribeUrl: emailOutbox.unsubscribeUrl,
      subject: emailOutbox.subject,
      html: emailOutbox.html,
      text: emailOutbox.text,
      discreetSubject: emailOutbox.discreetSubject,
      discreetHtml: emailOutbox.discreetHtml,
      discreetText: emailOutbox.discreetText,
      attempts: emailOutbox.attempts,
      lastError: emailOutbox.lastError,
      firstAttemptAt: emailOutbox.firstAttemptAt,
    });
}
