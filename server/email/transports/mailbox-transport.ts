// The local stand-in for an email provider: "delivering" writes the message to dev_mailbox, which
// /dev/mailbox and tests read. Keyed like Resend, so a retried send delivers nothing twice.
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { devMailbox } from '@/db/schema';
import type { EmailTransport, OutgoingMessage } from './transport';

export function mailboxTransport(db: Db): EmailTransport {
  return {
    name: 'mailbox',
    async send(message: OutgoingMessage) {
      const [inserted] = await db
        .insert(devMailbox)
        .values({
          idempotencyKey: message.idempotencyKey,
          fromAddress: message.from,
          toEmail: message.to,
          subject: message.subject,
          html: message.html,
          text: message.text,
          headers: message.headers,
        })
        .onConflictDoNothing({ target: devMailbox.idempotencyKey })
        .returning({ id: devMailbox.id });
      if (inserted) return { providerMessageId: inserted.id };
      const [existing] = await db
        .select({ id: devMailbox.id })
        .from(devMailbox)
        .where(eq(devMailbox.idempotencyKey, message.idempotencyKey));
      if (!existing) throw new Error('mailbox message vanished after a conflicting insert');
      return { providerMessageId: existing.id };
    },
  };
}
