// A failed payment: sync (usually now past due), then ask the practice's owners and admins to update
// their payment details, unless Stripe has collected it since or the subscription is over.
import { emailBillingContacts } from '../email-billing-contacts';
import { syncFromEvent } from './sync-from-event';
import type { Handler } from './types';

const STILL_UNPAID = new Set(['past_due', 'unpaid', 'incomplete']);

export const invoicePaymentFailed: Handler<'invoice.payment_failed'> = async (tx, event, deps) => {
  const invoice = event.data.object;
  const subscription = invoice.parent?.subscription_details?.subscription;
  const { outcome, result } = await syncFromEvent(tx, { subscription, customer: invoice.customer }, deps);
  if (outcome?.kind !== 'synced' || !STILL_UNPAID.has(outcome.subscription.status)) return result;
  const emailed = await emailBillingContacts(tx, {
    practiceId: outcome.practiceId,
    eventId: event.id,
    email: { template: 'payment-failed' },
  });
  return { ...result, emailed };
};
