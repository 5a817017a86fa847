// The typed event map: each handled event type to its handler.

import type { StripeReader } from '../stripe-reader';
import { checkoutSessionCompleted } from './checkout-session-completed';
import { customerSubscriptionCreated } from './customer-subscription-created';
import { customerSubscriptionDeleted } from './customer-subscription-deleted';
import { customerSubscriptionTrialWillEnd } from './customer-subscription-trial-will-end';
import { customerSubscriptionUpdated } from './customer-subscription-updated';
import { invoicePaid } from './invoice-paid';
import { invoicePaymentFailed } from './invoice-payment-failed';
import type { EventPlan, HandledEvent, HandledEventType, Handler } from './types';

const HANDLERS: { [T in HandledEventType]: Handler<T> } = {
  'checkout.session.completed': checkoutSessionCompleted,
  'customer.subscription.created': customerSubscriptionCreated,
  'customer.subscription.updated': customerSubscriptionUpdated,
  'customer.subscription.deleted': customerSubscriptionDeleted,
  'customer.subscription.trial_will_end': customerSubscriptionTrialWillEnd,
  'invoice.paid': invoicePaid,
  'invoice.payment_failed': invoicePaymentFailed,
};

export function planFor(event: HandledEvent, stripe: StripeReader): Promise<EventPlan> {
  // The map pairs each type with its event; TypeScript cannot carry that pairing through an index.
  const handler = HANDLERS[event.type] as Handler<HandledEventType>;
  return handler(event, stripe);
}
