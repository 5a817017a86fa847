// How the webhook reads Stripe: the objects its events name, by id, through the API at the stripe
// library's pinned version (whatever version the webhook endpoint renders its payloads in), and null
// when Stripe has no such object (deleted, or from another account). Injected so a test can supply
// its own.
import Stripe from 'stripe';

export type StripeReader = {
  subscription(id: string): Promise<Stripe.Subscription | null>;
  invoice(id: string): Promise<Stripe.Invoice | null>;
  checkoutSession(id: string): Promise<Stripe.Checkout.Session | null>;
};

export function stripeReader(stripe: Stripe): StripeReader {
  return {
    subscription: (id) => orNull(stripe.subscriptions.retrieve(id)),
    invoice: (id) => orNull(stripe.invoices.retrieve(id)),
    checkoutSession: (id) => orNull(stripe.checkout.sessions.retrieve(id)),
  };
}

async function orNull<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof Stripe.errors.StripeInvalidRequestError && error.code === 'resource_missing')
      return null;
    throw error;
  }
}
