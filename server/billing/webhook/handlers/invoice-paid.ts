// A paid invoice can take a subscription out of past due (or out of incomplete).
import { syncFromEvent } from './sync-from-event';
import type { Handler } from './types';

export const invoicePaid: Handler<'invoice.paid'> = async (tx, event, deps) => {
  const invoice = event.data.object;
  const subscription = invoice.parent?.subscription_details?.subscription;
  return (await syncFromEvent(tx, { subscription, customer: invoice.customer }, deps)).result;
};
