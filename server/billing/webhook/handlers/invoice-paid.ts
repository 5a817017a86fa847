// A paid invoice can take a subscription out of past due (or out of incomplete).
import { type Handler, refOf } from './types';

export const invoicePaid: Handler<'invoice.paid'> = (event) => {
  const invoice = event.data.object;
  return { subscription: refOf(invoice.parent?.subscription_details?.subscription, invoice.customer) };
};
