// Stripe-shaped subscriptions, invoices, checkout sessions and events for the webhook's tests, and an
// in-memory Stripe holding them, read through the same seam the route fills with the real client.
// Objects are in the pinned API version's shape, as Stripe answers the library; asLegacyInvoice
// renders an invoice as an endpoint set to an older version receives it in an event.
import { randomBytes } from 'node:crypto';
import Stripe from 'stripe';
import type { StripeReader } from '../stripe-reader';

const id = (prefix: string) => `${prefix}_${randomBytes(8).toString('hex')}`;
export const DAY = 86_400;

export type SubscriptionFields = {
  practiceId?: string;
  customer: string;
  price: string;
  quantity: number;
  status: Stripe.Subscription.Status;
  created: number;
  trialEnd?: number | null;
  periodEnd: number;
  cancelAtPeriodEnd?: boolean;
};

/** The fields the webhook reads, in API version 2026-10-28's places (the period on the item). */
export function subscriptionObject(subscriptionId: string, f: SubscriptionFields) {
  return {
    id: subscriptionId,
    object: 'subscription',
    customer: f.customer,
    metadata: f.practiceId ? { practiceId: f.practiceId } : {},
    status: f.status,
    created: f.created,
    trial_end: f.trialEnd ?? null,
    cancel_at_period_end: f.cancelAtPeriodEnd ?? false,
    items: {
      object: 'list',
      data: [
        {
          id: `si_${subscriptionId.slice(4)}`,
          object: 'subscription_item',
          price: { id: f.price, object: 'price' },
          quantity: f.quantity,
          current_period_end: f.periodEnd,
        },
      ],
    },
  };
}

export function invoiceObject(subscriptionId: string, customer: string, status: 'paid' | 'open') {
  return {
    id: id('in'),
    object: 'invoice',
    customer,
    status,
    parent: {
      type: 'subscription_details',
      quote_details: null,
      subscription_details: { metadata: {}, subscription: subscriptionId },
    },
  };
}

/**
 * The invoice as an endpoint set to an API version before 2025-03-31.basil receives it: the
 * subscription at the top level (`subscription`, `subscription_details`), no `parent`, and `paid`.
 */
export function asLegacyInvoice<
  T extends {
    status: string | null;
    parent: { subscription_details: { subscription: unknown; metadata: unknown } | null } | null;
  },
>(invoice: T) {
  const { parent, ...rest } = invoice;
  return {
    ...rest,
    paid: invoice.status === 'paid',
    subscription: parent?.subscription_details?.subscription ?? null,
    subscription_details: { metadata: parent?.subscription_details?.metadata ?? null },
  };
}

/** An API version before the pinned one, as an old webhook endpoint is set to. */
export const LEGACY_API_VERSION = '2024-06-20';

export function checkoutSessionObject(subscriptionId: string, customer: string, practiceId: string) {
  return {
    id: id('cs'),
    object: 'checkout.session',
    mode: 'subscription',
    status: 'complete',
    customer,
    subscription: subscriptionId,
    client_reference_id: practiceId,
    metadata: { practiceId },
  };
}

export type TestEvent = { id: string; type: string; data: { object: object }; api_version?: string };

export const eventOf = (type: string, object: object, apiVersion?: string): TestEvent => ({
  id: id('evt'),
  type,
  data: { object: structuredClone(object) },
  ...(apiVersion ? { api_version: apiVersion } : {}),
});

/** The body and Stripe-Signature header Stripe would send for this event. */
export function signed(event: TestEvent, secret: string) {
  const payload = JSON.stringify({
    object: 'event',
    api_version: Stripe.API_VERSION,
    livemode: false,
    ...event,
  });
  return { payload, signature: Stripe.webhooks.generateTestHeaderString({ payload, secret }) };
}

/** Stripe's side in a test: the subscriptions as they are now. */
export class InMemoryStripe {
  readonly subscriptions = new Map<string, ReturnType<typeof subscriptionObject>>();
  readonly invoices = new Map<string, ReturnType<typeof invoiceObject>>();
  readonly checkoutSessions = new Map<string, ReturnType<typeof checkoutSessionObject>>();
  /** Every read, so a test can see the sync went back to Stripe. */
  reads = 0;

  create(f: SubscriptionFields) {
    const subscription = subscriptionObject(id('sub'), f);
    this.subscriptions.set(subscription.id, subscription);
    return subscription;
  }

  update(subscriptionId: string, change: Partial<SubscriptionFields>) {
    const current = this.subscriptions.get(subscriptionId);
    if (!current) throw new Error(`no subscription ${subscriptionId}`);
    const item = current.items.data[0]!;
    const next = subscriptionObject(subscriptionId, {
      practiceId: current.metadata.practiceId,
      customer: current.customer,
      price: item.price.id,
      quantity: item.quantity,
      status: current.status,
      created: current.created,
      trialEnd: current.trial_end,
      periodEnd: item.current_period_end,
      cancelAtPeriodEnd: current.cancel_at_period_end,
      ...change,
    });
    this.subscriptions.set(subscriptionId, next);
    return next;
  }

  invoice(subscriptionId: string, customer: string, status: 'paid' | 'open') {
    const invoice = invoiceObject(subscriptionId, customer, status);
    this.invoices.set(invoice.id, invoice);
    return invoice;
  }

  checkoutSession(subscriptionId: string, customer: string, practiceId: string) {
    const session = checkoutSessionObject(subscriptionId, customer, practiceId);
    this.checkoutSessions.set(session.id, session);
    return session;
  }

  /** Gone from Stripe altogether (another account, or purged). */
  forget(subscriptionId: string) {
    this.subscriptions.delete(subscriptionId);
  }

  // Shaped like Stripe's objects in the fields the webhook reads; it parses them through zod.
  readonly reader: StripeReader = {
    subscription: async (id) => this.read(this.subscriptions, id) as Stripe.Subscription | null,
    invoice: async (id) => this.read(this.invoices, id) as Stripe.Invoice | null,
    checkoutSession: async (id) => this.read(this.checkoutSessions, id) as Stripe.Checkout.Session | null,
  };

  private read(objects: Map<string, object>, id: string): unknown {
    this.reads++;
    const found = objects.get(id);
    return found ? structuredClone(found) : null;
  }
}
