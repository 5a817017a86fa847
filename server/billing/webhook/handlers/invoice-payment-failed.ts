// A failed payment: sync (usually now past due), then ask the practice's owners and admins to update
// their payment details, unless Stripe has collected it since or the subscription is over.
import { emailBillingContacts } from '../email-billing-contacts';
import { invoiceSubscription } from './invoice-subscription';
import type { Handler } from './types';

const STILL_UNPAID = new Set(['past_due', 'unpaid', 'incomplete']);

export const invoicePaymentFailed: Handler<'invoice.payment_failed'> = async (event, stripe) => ({
  subscription: await invoiceSubscription(stripe, event.data.object.id),
  notify: async (tx, { practiceId, subscription }, eventId) =>
    STILL_UNPAID.has(subscription.status)
      ? emailBillingContacts(tx, { practiceId, eventId, email: { template: 'payment-failed' } })
      : 0,
});
