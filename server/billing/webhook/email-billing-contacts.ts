// Billing mail goes to the practice's active owners and admins, from the practice, in the webhook's
// transaction: a rolled-back event sends nothing, and one event mails each person once.
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { memberships, notificationPreferences, practices, users } from '@/db/schema';
import { enqueueEmail } from '@/server/email/enqueue-email';
import { env } from '@/server/env';

type BillingEmail = { template: 'payment-failed' } | { template: 'trial-ending'; trialEndsAt: Date };

export async function emailBillingContacts(
  tx: Tx,
  input: { practiceId: string; eventId: string; email: BillingEmail },
): Promise<number> {
  const [practice] = await tx
    .select({ id: practices.id, name: practices.name, timeZone: practices.timeZone })
    .from(practices)
    .where(eq(practices.id, input.practiceId));
  if (!practice) return 0;
  const contacts = await tx
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      timeZone: notificationPreferences.timeZone,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(notificationPreferences, eq(notificationPreferences.userId, users.id))
    .where(
      and(
        eq(memberships.practiceId, practice.id),
        eq(memberships.status, 'active'),
        inArray(memberships.role, ['owner', 'admin']),
      ),
    );
  const base = { practiceName: practice.name, url: `${env().appUrl}/p/${practice.id}/billing` };
  const sender = { practiceId: practice.id, name: practice.name };
  for (const contact of contacts) {
    const idempotencyKey = `stripe:${input.eventId}:${contact.userId}`;
    const common = { to: contact.email, idempotencyKey, sender };
    const recipient = { ...base, recipientName: contact.name };
    if (input.email.template === 'payment-failed') {
      await enqueueEmail(tx, { ...common, template: 'payment-failed', props: recipient });
    } else {
      const timeZone = contact.timeZone ?? practice.timeZone;
      const props = { ...recipient, trialEndsAt: input.email.trialEndsAt, timeZone };
      await enqueueEmail(tx, { ...common, template: 'trial-ending', props });
    }
  }
  return contacts.length;
}
