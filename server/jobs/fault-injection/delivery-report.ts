// What a fault-injection run achieved, counted at the transport (the fake Resend) and in the outbox.
import { and, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { emailOutbox } from '../../../db/schema';
import type { FakeResend } from '../../../test/fake-resend/fake-resend';

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
