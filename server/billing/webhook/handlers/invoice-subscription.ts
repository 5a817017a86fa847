// The subscription an invoice belongs to, from the invoice as Stripe returns it at the library's
// pinned API version (since 2025-03-31.basil: `parent.subscription_details.subscription`). Never from
// the event's payload: an endpoint set to an older version sends the invoice with `subscription` at
// the top level and no `parent`. Read through zod: the webhook trusts Stripe's answer, not its shape.
import { z } from 'zod';
import type { StripeReader } from '../stripe-reader';
import { refOf, ZExpandable } from './types';

const ZInvoice = z.object({
  customer: ZExpandable,
  parent: z.object({ subscription_details: z.object({ subscription: ZExpandable }).nullish() }).nullish(),
});

export async function invoiceSubscription(stripe: StripeReader, invoiceId: string) {
  const found = await stripe.invoice(invoiceId);
  if (!found) return null;
  const invoice = ZInvoice.parse(found);
  return refOf(invoice.parent?.subscription_details?.subscription, invoice.customer);
}
