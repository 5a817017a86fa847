// How the webhook reads a subscription's current state from Stripe: by id, and null when Stripe has
// no such subscription (deleted, or from another account). Injected so a test can supply its own.
import Stripe from 'stripe';

export type SubscriptionReader = (subscriptionId: string) => Promise<Stripe.Subscription | null>;

export function stripeSubscriptionReader(stripe: Stripe): SubscriptionReader {
  return async (subscriptionId) => {
    try {
      return await stripe.subscriptions.retrieve(subscriptionId);
    } catch (error) {
      if (error instanceof Stripe.errors.StripeInvalidRequestError && error.code === 'resource_missing')
        return null;
      throw error;
    }
  };
}
