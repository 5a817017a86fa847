// Changes to a subscription, shared by the API (POST/DELETE /v1/subscriptions/:id) and the local
// portal page. Each runs in the caller's transaction and records the events Stripe would send.

import type { DbOrTx } from '@/db/client';
import { itemOf } from './builders';
import { LocalStripeError } from './errors';
import { type LocalEvent, recordEvents } from './events';
import { nowSeconds } from './ids';
import { getPrice } from './prices';
import { type StripeObject, saveObject } from './store';

type SubscriptionChange = {
  quantity?: number;
  price?: string;
  cancelAtPeriodEnd?: boolean;
  metadata?: Record<string, string>;
};

export async function changeSubscription(
  db: DbOrTx,
  subscription: StripeObject,
  change: SubscriptionChange,
): Promise<{ subscription: StripeObject; events: LocalEvent[] }> {
  const touchesBilling =
    change.quantity !== undefined || change.price !== undefined || change.cancelAtPeriodEnd !== undefined;
  if (subscription.status === 'canceled' && touchesBilling)
    throw new LocalStripeError(
      400,
      'invalid_request_error',
      'A canceled subscription can only update its cancellation_details and metadata.',
    );
  const item = itemOf(subscription);
  const nextItem = {
    ...item,
    ...(change.quantity !== undefined ? { quantity: change.quantity } : {}),
    ...(change.price !== undefined ? { price: getPrice(change.price, 'items[0][price]') } : {}),
  };
  const cancelAtPeriodEnd = change.cancelAtPeriodEnd ?? (subscription.cancel_at_period_end as boolean);
  const next: StripeObject = {
    ...subscription,
    items: { ...(subscription.items as object), data: [nextItem] },
    metadata: change.metadata ?? subscription.metadata,
    cancel_at_period_end: cancelAtPeriodEnd,
    cancel_at: cancelAtPeriodEnd ? item.current_period_end : null,
    canceled_at: cancelAtPeriodEnd ? ((subscription.canceled_at as number | null) ?? nowSeconds()) : null,
    cancellation_details: {
      comment: null,
      feedback: null,
      reason: cancelAtPeriodEnd ? 'cancellation_requested' : null,
    },
  };
  return save(db, subscription, next, 'customer.subscription.updated');
}

export async function cancelSubscriptionNow(db: DbOrTx, subscription: StripeObject) {
  if (subscription.status === 'canceled')
    throw new LocalStripeError(
      400,
      'invalid_request_error',
      `This subscription is already canceled: '${subscription.id}'`,
      'resource_already_canceled',
    );
  const now = nowSeconds();
  const next: StripeObject = {
    ...subscription,
    status: 'canceled',
    canceled_at: (subscription.canceled_at as number | null) ?? now,
    ended_at: now,
    cancel_at: null,
    cancel_at_period_end: false,
    cancellation_details: { comment: null, feedback: null, reason: 'cancellation_requested' },
  };
  return save(db, subscription, next, 'customer.subscription.deleted');
}

/** Status changes the portal page simulates: a failed renewal (past_due) and its recovery. */
export async function setSubscriptionStatus(
  db: DbOrTx,
  subscription: StripeObject,
  status: 'active' | 'past_due',
  latestInvoice: string,
) {
  const next = { ...subscription, status, latest_invoice: latestInvoice };
  return save(db, subscription, next, 'customer.subscription.updated');
}

async function save(db: DbOrTx, before: StripeObject, after: StripeObject, type: string) {
  await saveObject(db, after);
  const events = await recordEvents(db, [[type, after, previousAttributes(before, after)]]);
  return { subscription: after, events };
}

/** Stripe's `previous_attributes`: the old values of the top-level fields that changed. */
function previousAttributes(before: StripeObject, after: StripeObject) {
  const changed: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (key === '_local') continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changed[key] = before[key];
  }
  return changed;
}
