// Stripe events, as a webhook endpoint receives them; kept so `GET /v1/events/:id` answers too.
import Stripe from 'stripe';
import type { DbOrTx } from '@/db/client';
import { newId, nowSeconds } from './ids';
import { publicView, type StripeObject, saveObject } from './store';

export type LocalEvent = StripeObject & { type: string; data: { object: StripeObject } };

function makeEvent(type: string, object: StripeObject, previousAttributes?: Record<string, unknown>) {
  return {
    id: newId('evt'),
    object: 'event',
    api_version: Stripe.API_VERSION,
    created: nowSeconds(),
    data: {
      object: publicView(plainJson(object)),
      ...(previousAttributes ? { previous_attributes: previousAttributes } : {}),
    },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
  } satisfies LocalEvent;
}

/** Makes and keeps events in the caller's transaction; delivery happens after it commits. */
export async function recordEvents(
  db: DbOrTx,
  events: [type: string, object: StripeObject, previous?: Record<string, unknown>][],
): Promise<LocalEvent[]> {
  const made = events.map(([type, object, previous]) => makeEvent(type, object, previous));
  for (const event of made) await saveObject(db, event);
  return made;
}

/** A copy as plain JSON: objects the stripe library returned carry BigInt and Decimal values. */
function plainJson(object: StripeObject): StripeObject {
  return JSON.parse(
    JSON.stringify(object, (_key, value) => (typeof value === 'bigint' ? Number(value) : value)),
  );
}
