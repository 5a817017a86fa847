// One Resend event, applied once: its receipt and its effect commit together, so a redelivery (same
// id) changes nothing. A hard bounce or a complaint stops mail to the address in every practice.
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { emailSuppressions, emailWebhookEvents } from '@/db/schema';

type SuppressionReason = (typeof emailSuppressions.$inferInsert)['reason'];

/** A signed event that lacks what its type needs (a bounce without recipients). */
export class MalformedEmailEvent extends Error {
  override name = 'MalformedEmailEvent';
}

const ZRecipients = z
  .union([z.string(), z.array(z.string())])
  .transform((to) => (Array.isArray(to) ? to : [to]));

export const ZResendEvent = z.object({
  type: z.string().min(1).max(200),
  // Read leniently: a date in an unexpected format must not turn a bounce away (Resend would retry it for days).
  created_at: z.string().max(100).optional(),
  data: z.unknown(),
});
type TResendEvent = z.infer<typeof ZResendEvent>;

const ZRecipientData = z.object({
  to: ZRecipients,
  bounce: z.object({ type: z.string().optional() }).optional(),
});

export type RecordedEvent = { status: 'applied' | 'duplicate'; suppressed: string[] };

/** `Name <a@b>` or `a@b`, lowercased; undefined when it is no address at all. */
function addressOf(recipient: string): string | undefined {
  const address = (recipient.match(/<([^<>]+)>\s*$/)?.[1] ?? recipient).trim().toLowerCase();
  return z.email().safeParse(address).success ? address : undefined;
}

/** The reason to stop mailing this event's recipients, if it gives one. */
function suppressionReason(
  event: TResendEvent,
  bounceType: string | undefined,
): SuppressionReason | undefined {
  if (event.type === 'email.complained') return 'complaint';
  // Resend sends email.bounced for permanent rejections; a bounce it calls transient is only noted.
  if (event.type === 'email.bounced' && bounceType?.toLowerCase() !== 'transient') return 'bounce';
  return undefined;
}

export async function recordEmailEvent(
  db: Db,
  deliveryId: string,
  event: TResendEvent,
): Promise<RecordedEvent> {
  const recipientData = ZRecipientData.safeParse(event.data);
  const reason = suppressionReason(event, recipientData.data?.bounce?.type);
  if (reason && !recipientData.success)
    throw new MalformedEmailEvent(`${event.type} event without recipients`);
  const addresses = reason
    ? [...new Set((recipientData.data?.to ?? []).map(addressOf).filter((a) => a !== undefined))]
    : [];
  const stated = event.created_at ? new Date(event.created_at) : undefined;
  const at = stated && !Number.isNaN(stated.getTime()) ? stated : new Date();

  return db.transaction(async (tx) => {
    const [receipt] = await tx
      .insert(emailWebhookEvents)
      .values({ id: deliveryId, type: event.type })
      .onConflictDoNothing({ target: emailWebhookEvents.id })
      .returning({ id: emailWebhookEvents.id });
    if (!receipt) return { status: 'duplicate', suppressed: [] };
    if (reason && addresses.length > 0) {
      await tx
        .insert(emailSuppressions)
        .values(addresses.map((email) => ({ email, reason, providerEventId: deliveryId, createdAt: at })))
        .onConflictDoUpdate({
          target: emailSuppressions.email,
          set: {
            reason: sql`excluded.reason`,
            providerEventId: sql`excluded.provider_event_id`,
            createdAt: sql`excluded.created_at`,
          },
          // Events can arrive out of order: the newest one decides the reason and the date shown.
          setWhere: sql`excluded.created_at > ${emailSuppressions.createdAt}`,
        });
    }
    return { status: 'applied', suppressed: addresses };
  });
}
