// What a person can do on the local portal page, and what tests can make happen to a
// subscription: each change records the events Stripe would send for it.
import type { Db } from '@/db/client';
import { invoiceObject } from '../builders';
import { LocalStripeError } from '../errors';
import { type LocalEvent, recordEvents } from '../events';
import { nowSeconds } from '../ids';
import { getObject, inTransaction, type StripeObject, saveObject } from '../store';
import { cancelSubscriptionNow, changeSubscription, setSubscriptionStatus } from '../subscription-changes';

export type SubscriptionAction =
  | { kind: 'change_seats'; quantity: number }
  | { kind: 'cancel_at_period_end'; cancel: boolean }
  | { kind: 'cancel_now' }
  | { kind: 'fail_payment' }
  | { kind: 'recover_payment' }
  | { kind: 'trial_will_end' };

type ActionResult = { subscription: StripeObject; events: LocalEvent[] };

export async function runSubscriptionAction(
  db: Db,
  subscriptionId: string,
  action: SubscriptionAction,
  appUrl: string,
): Promise<ActionResult> {
  return inTransaction(db, async (tx) => {
    const subscription = await getObject(tx, subscriptionId, 'subscription', { lock: true });
    switch (action.kind) {
      case 'change_seats':
        return changeSubscription(tx, subscription, { quantity: action.quantity });
      case 'cancel_at_period_end':
        return changeSubscription(tx, subscription, { cancelAtPeriodEnd: action.cancel });
      case 'cancel_now':
        return cancelSubscriptionNow(tx, subscription);
      case 'fail_payment': {
        requireStatus(subscription, ['active', 'trialing']);
        // A renewal that could not be charged: the invoice stays open and Stripe retries it.
        const invoice = invoiceObject({
          subscription,
          appUrl,
          billingReason: 'subscription_cycle',
          paid: false,
        });
        await saveObject(tx, invoice);
        const changed = await setSubscriptionStatus(tx, subscription, 'past_due', invoice.id);
        const failed = await recordEvents(tx, [['invoice.payment_failed', invoice]]);
        return { subscription: changed.subscription, events: [...failed, ...changed.events] };
      }
      case 'recover_payment': {
        requireStatus(subscription, ['past_due']);
        const open = await getObject(tx, subscription.latest_invoice as string, 'invoice');
        const now = nowSeconds();
        const paid = {
          ...open,
          status: 'paid',
          amount_paid: open.amount_due,
          amount_remaining: 0,
          attempt_count: (open.attempt_count as number) + 1,
          next_payment_attempt: null,
          status_transitions: { ...(open.status_transitions as object), paid_at: now },
        };
        await saveObject(tx, paid);
        const invoiceEvents = await recordEvents(tx, [['invoice.paid', paid]]);
        const changed = await setSubscriptionStatus(tx, subscription, 'active', paid.id);
        return { subscription: changed.subscription, events: [...invoiceEvents, ...changed.events] };
      }
      case 'trial_will_end': {
        requireStatus(subscription, ['trialing']);
        const events = await recordEvents(tx, [['customer.subscription.trial_will_end', subscription]]);
        return { subscription, events };
      }
    }
  });
}

function requireStatus(subscription: StripeObject, allowed: string[]) {
  if (!allowed.includes(subscription.status as string))
    throw new LocalStripeError(
      400,
      'invalid_request_error',
      `Not possible while the subscription is ${String(subscription.status)}.`,
    );
}
