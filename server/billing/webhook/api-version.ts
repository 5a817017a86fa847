// Each event's payload is rendered in the API version its webhook endpoint is set to, which need
// not be the version the stripe library pins. The handlers re-read what they act on at the pinned
// version, so billing stays right either way; but a different version means the endpoint was not set
// up as the README says, so it is said loudly: a log line (ids and versions only), and on the billing
// page of the practice the event concerned.
import { and, eq, isNotNull } from 'drizzle-orm';
import Stripe from 'stripe';
import type { Tx } from '@/db/client';
import { practiceSubscriptions } from '@/db/schema';

export const PINNED_API_VERSION = Stripe.API_VERSION;

/** The event's API version when it is not the pinned one ('unknown' when Stripe gave none). */
const apiVersionMismatch = (event: Pick<Stripe.Event, 'api_version'>): string | null =>
  event.api_version === PINNED_API_VERSION ? null : (event.api_version ?? 'unknown');

export function warnApiVersionMismatch(event: Pick<Stripe.Event, 'id' | 'type' | 'api_version'>) {
  const version = apiVersionMismatch(event);
  if (version)
    console.warn(
      `[stripe-webhook] ${event.type} ${event.id} is in API version ${version}, not ${PINNED_API_VERSION}: ` +
        `set the webhook endpoint's API version to ${PINNED_API_VERSION} (README, Billing)`,
    );
}

/** On the practice's row: the latest event's version if it is not the pinned one, else nothing. */
export async function recordApiVersion(
  tx: Tx,
  practiceId: string,
  event: Pick<Stripe.Event, 'api_version'>,
  at: Date,
) {
  const version = apiVersionMismatch(event);
  await tx
    .update(practiceSubscriptions)
    .set({ stripeApiVersionMismatch: version, stripeApiVersionMismatchAt: version ? at : null })
    .where(
      and(
        eq(practiceSubscriptions.practiceId, practiceId),
        version ? undefined : isNotNull(practiceSubscriptions.stripeApiVersionMismatch),
      ),
    );
}
