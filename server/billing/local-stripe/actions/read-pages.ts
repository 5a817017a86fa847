// What the local checkout, portal and invoice pages show.
import type { Db } from '@/db/client';
import { itemOf } from '../builders';
import { findPrice, productName } from '../prices';
import { notesOf } from '../resources/checkout-sessions';
import { findObject, listObjects, type StripeObject } from '../store';

type CheckoutView = {
  id: string;
  status: string;
  planName: string;
  seats: number;
  unitAmount: number;
  monthlyTotal: number;
  trialDays: number | null;
  cancelUrl: string | null;
};

export async function readCheckout(db: Db, sessionId: string): Promise<CheckoutView | null> {
  const session = await findObject(db, sessionId, 'checkout.session');
  if (!session) return null;
  const notes = notesOf(session);
  const line = notes.line_items[0]!;
  const price = findPrice(line.price)!;
  return {
    id: session.id,
    status: session.status as string,
    planName: productName(price.product),
    seats: line.quantity,
    unitAmount: price.unit_amount,
    monthlyTotal: price.unit_amount * line.quantity,
    trialDays: notes.trial_period_days,
    cancelUrl: session.cancel_url as string | null,
  };
}

type PortalView = {
  id: string;
  returnUrl: string | null;
  customerName: string | null;
  subscription: {
    id: string;
    status: string;
    priceId: string;
    planName: string;
    seats: number;
    unitAmount: number;
    currentPeriodEnd: number;
    trialEnd: number | null;
    cancelAtPeriodEnd: boolean;
  } | null;
  invoices: {
    id: string;
    number: string | null;
    status: string;
    total: number;
    created: number;
    url: string | null;
  }[];
};

export async function readPortal(db: Db, portalSessionId: string): Promise<PortalView | null> {
  const session = await findObject(db, portalSessionId, 'billing_portal.session');
  if (!session) return null;
  const customerId = session.customer as string;
  const customer = await findObject(db, customerId, 'customer');
  const subscription = await currentSubscription(db, customerId);
  const invoices = await listObjects(db, 'invoice', [{ path: ['customer'], value: customerId }]);
  const item = subscription ? itemOf(subscription) : null;
  return {
    id: session.id,
    returnUrl: session.return_url as string | null,
    customerName: (customer?.name as string | null) ?? null,
    subscription:
      subscription && item
        ? {
            id: subscription.id,
            status: subscription.status as string,
            priceId: item.price.id,
            planName: productName(item.price.product),
            seats: item.quantity,
            unitAmount: item.price.unit_amount,
            currentPeriodEnd: item.current_period_end,
            trialEnd: subscription.trial_end as number | null,
            cancelAtPeriodEnd: subscription.cancel_at_period_end as boolean,
          }
        : null,
    invoices: invoices.slice(0, 10).map((invoice) => ({
      id: invoice.id,
      number: invoice.number as string | null,
      status: invoice.status as string,
      total: invoice.total as number,
      created: invoice.created as number,
      url: invoice.hosted_invoice_url as string | null,
    })),
  };
}

/** The customer's newest subscription that has not ended, else its newest one. */
async function currentSubscription(db: Db, customerId: string): Promise<StripeObject | null> {
  const all = await listObjects(db, 'subscription', [{ path: ['customer'], value: customerId }]);
  return all.find((s) => s.status !== 'canceled') ?? all[0] ?? null;
}

export async function readInvoice(db: Db, invoiceId: string) {
  const invoice = await findObject(db, invoiceId, 'invoice');
  if (!invoice) return null;
  const line = (invoice.lines as { data: { description: string; amount: number }[] }).data[0];
  return {
    id: invoice.id,
    number: invoice.number as string | null,
    status: invoice.status as string,
    total: invoice.total as number,
    created: invoice.created as number,
    periodStart: invoice.period_start as number,
    periodEnd: invoice.period_end as number,
    description: line?.description ?? '',
  };
}
