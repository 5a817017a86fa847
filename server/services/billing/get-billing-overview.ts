// Everything the billing page shows: plan, status, trial end, seats used and bought, the next
// invoice and recent ones. The subscription comes from the practice's row (the webhook keeps it);
// invoices come from Stripe, and the page still works when Stripe cannot be reached. And whether
// Stripe's latest event for the practice came in another API version than Ninefold reads.
import type Stripe from 'stripe';
import { PINNED_API_VERSION } from '@/server/billing/webhook/api-version';
import type { BillingScope } from './billing-scope';
import { loadPracticeBillingState } from './practice-billing-state';

type TInvoiceSummary = {
  id: string;
  number: string | null;
  createdAt: Date;
  amountCents: number;
  currency: string;
  status: string;
  url: string | null;
};

const summary = (invoice: Stripe.Invoice): TInvoiceSummary => ({
  id: invoice.id ?? '',
  number: invoice.number ?? null,
  createdAt: new Date(invoice.created * 1000),
  amountCents: invoice.total,
  currency: invoice.currency,
  status: invoice.status ?? 'draft',
  url: invoice.hosted_invoice_url ?? null,
});

async function loadInvoices(stripe: Stripe, customer: string, subscription: string | null) {
  try {
    const [recent, next] = await Promise.all([
      stripe.invoices.list({ customer, limit: 6 }),
      subscription
        ? stripe.invoices.createPreview({ customer, subscription }).catch(() => null)
        : Promise.resolve(null),
    ]);
    return {
      recent: recent.data.map(summary),
      next: next
        ? {
            amountCents: next.total,
            currency: next.currency,
            date: next.next_payment_attempt ? new Date(next.next_payment_attempt * 1000) : null,
          }
        : null,
      unavailable: false,
    };
  } catch {
    return { recent: [], next: null, unavailable: true };
  }
}

export async function getBillingOverview(scope: BillingScope) {
  const state = await scope.inTenant((tx) => loadPracticeBillingState(tx, scope.actor.practiceId));
  const sub = state.subscription;
  const invoices = state.stripeCustomerId
    ? await loadInvoices(scope.stripe, state.stripeCustomerId, sub?.stripeSubscriptionId ?? null)
    : { recent: [], next: null, unavailable: false };
  return {
    plan: sub?.plan ?? null,
    status: sub?.status ?? ('trial' as const),
    trialEndsAt: sub ? sub.trialEndsAt : state.trial.endsAt,
    seatsBought: sub?.seats ?? state.trial.seats,
    seatsUsed: state.seatsUsed,
    currentPeriodEnd: sub?.currentPeriodEnd ?? null,
    cancelAtPeriodEnd: sub?.cancelAtPeriodEnd ?? false,
    pastDueSince: sub?.pastDueSince ?? null,
    hasCustomer: Boolean(state.stripeCustomerId),
    nextInvoice: invoices.next,
    recentInvoices: invoices.recent,
    invoicesUnavailable: invoices.unavailable,
    webhookApiVersion:
      sub?.stripeApiVersionMismatch && sub.stripeApiVersionMismatchAt
        ? {
            received: sub.stripeApiVersionMismatch,
            expected: PINNED_API_VERSION,
            at: sub.stripeApiVersionMismatchAt,
          }
        : null,
  };
}
