// Renders a batch of nudges and writes them in one statement. ON CONFLICT on the idempotency key
// makes a second scheduler (or a second run) that found the same nudges write nothing more.
import type { Db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import type { outboxRow } from '@/server/email/enqueue-email';

type OutboxRow = Awaited<ReturnType<typeof outboxRow>>;

/** How many of `rows` were new. */
export async function writeNudges(db: Db, rows: Promise<OutboxRow>[]): Promise<number> {
  if (rows.length === 0) return 0;
  const written = await db
    .insert(emailOutbox)
    .values(await Promise.all(rows))
    .onConflictDoNothing({ target: emailOutbox.idempotencyKey })
    .returning({ id: emailOutbox.id });
  return written.length;
}
