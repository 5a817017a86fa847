// A failed payment: sync (usually now past due), then ask the practice's owners and admins to update
// their payment details, unless Stripe has collected it since or the subscription is over.
import { emailBillingContacts } from '../email-billing-contacts';
import { type Handler, refOf } from './types';

const STILL_UNPAID = new Set(['past_due', 'unpaid', 'incomplete']);

export const invoicePaymentFailed: Handler<'invoice.payment_failed'> = (event) => {
  const invoice = event.data.object;
  return {
    subscription: refOf(invoice.parent?.subscription_details?.subscription, invoice.customer),
    notify: async (tx, { practiceId, subscription }, eventId) =>
      STILL_UNPAID.has(subscription.status)
        ? emailBillingContacts(tx, { practiceId, eventId, email: { template: 'payment-failed' } })
        : 0,
  };
};
