// The development mailbox: the newest delivered messages, for people and e2e tests to read.
// Never reachable in production (the page checks the mode before calling this).
import { and, count, desc, eq, lte } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { devMailbox, emailOutbox } from '@/db/schema';

export async function readMailbox(db: Db, to?: string) {
  return db
    .select({
      id: devMailbox.id,
      toEmail: devMailbox.toEmail,
      fromAddress: devMailbox.fromAddress,
      subject: devMailbox.subject,
      text: devMailbox.text,
      html: devMailbox.html,
      headers: devMailbox.headers,
      createdAt: devMailbox.receivedAt,
    })
    .from(devMailbox)
    .where(to ? eq(devMailbox.toEmail, to.trim().toLowerCase()) : undefined)
    .orderBy(desc(devMailbox.receivedAt))
    .limit(50);
}

/** Messages due now but not yet delivered: the worker is about to bring them. */
export async function countMailOnTheWay(db: Db, to?: string, now = new Date()) {
  const [row] = await db
    .select({ n: count() })
    .from(emailOutbox)
    .where(
      and(
        eq(emailOutbox.status, 'pending'),
        lte(emailOutbox.nextAttemptAt, now),
        to ? eq(emailOutbox.toEmail, to.trim().toLowerCase()) : undefined,
      ),
    );
  return row?.n ?? 0;
}
