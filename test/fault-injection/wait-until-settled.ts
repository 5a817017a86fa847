// Polls the outbox until none of the run's messages is pending, or gives up after `timeoutMs`.
import { and, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { emailOutbox } from '@/db/schema/index';

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function pendingCount(db: Db, keys: string[]) {
  const [row] = await db
    .select({ n: count() })
    .from(emailOutbox)
    .where(and(inArray(emailOutbox.idempotencyKey, keys), eq(emailOutbox.status, 'pending')));
  return row?.n ?? 0;
}

export async function waitUntilSettled(db: Db, keys: string[], timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while ((await pendingCount(db, keys)) > 0) {
    if (Date.now() > deadline) throw new Error(`messages still pending after ${timeoutMs} ms`);
    await pause(100);
  }
}
