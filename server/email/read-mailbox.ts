// The development mailbox: the newest delivered messages, for people and e2e tests to read.
// Never reachable in production (the page checks the mode before calling this).
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { devMailbox } from '../../db/schema';

export async function readMailbox(db: Db, to?: string) {
  return db
    .select({
      id: devMailbox.id,
      toEmail: devMailbox.toEmail,
      fromAddress: devMailbox.fromAddress,
      subject: devMailbox.subject,
      text: devMailbox.text,
      headers: devMailbox.headers,
      createdAt: devMailbox.receivedAt,
    })
    .from(devMailbox)
    .where(to ? eq(devMailbox.toEmail, to.trim().toLowerCase()) : undefined)
    .orderBy(desc(devMailbox.receivedAt))
    .limit(50);
}
