// What a fault-injection run achieved, counted at the transport (the fake Resend) and in the outbox.
import { and, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { emailOutbox } from '@/db/schema/index';
import type { FakeResend } from '../fake-resend/fake-resend';

export async function deliveryReport(db: Db, fake: FakeResend, keys: string[], elapsedMs: number) {
  const perKey = keys.map((key) => fake.deliveryCount(key));
  const [sent] = await db
    .select({ n: count() })
    .from(emailOutbox)
    .where(and(inArray(emailOutbox.idempotencyKey, keys), eq(emailOutbox.status, 'sent')));
  const delivered = perKey.filter((n) => n >= 1).length;
  return {
    messages: keys.length,
    delivered,
    duplicated: perKey.filter((n) => n > 1).length,
    lost: perKey.filter((n) => n === 0).length,
    outboxSent: sent?.n ?? 0,
    requests: fake.stats.requests,
    replayedByIdempotencyKey: fake.stats.replayed,
    responsesLost: fake.stats.responsesLost,
    serverErrors: fake.stats.serverErrors,
    rateLimited: fake.stats.rateLimited,
    conflicts: fake.stats.conflicts,
    messagesPerSecond: Math.round((delivered / elapsedMs) * 1000 * 10) / 10,
  };
}

/**
 * Keys sent more often than anything can explain. Counted at the transport before it removes
 * repeats: a key may go once, plus once more for each of its sends that was refused (500, 429,
 * 409), whose answer was lost or given up on, or that was in flight in a worker that was killed.
 * A worker that sends a message it already sent, or that another worker holds, shows here even
 * though the provider delivers the repeat no second time.
 */
export function sendsBeyondBound(fake: FakeResend, keys: string[], killsDuring: (key: string) => number) {
  return keys.flatMap((key) => {
    const sends = fake.sendsOf(key);
    const allowed = 1 + sends.refused + sends.unanswered + killsDuring(key);
    return sends.posts > allowed ? [{ key, ...sends, kills: killsDuring(key), allowed }] : [];
  });
}
