// A paid invoice can take a subscription out of past due (or out of incomplete).
import { invoiceSubscription } from './invoice-subscription';
import type { Handler } from './types';

export const invoicePaid: Handler<'invoice.paid'> = async (event, stripe) => ({
  subscription: await invoiceSubscription(stripe, event.data.object.id),
});
