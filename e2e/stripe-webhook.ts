// Stripe webhook deliveries signed as Stripe signs them, for journeys that need an event the local
// Stripe would not send (one in an older API version's shape). The e2e server is started with this
// secret (playwright.config.ts); it is a test value only.
import type { APIRequestContext } from '@playwright/test';
import Stripe from 'stripe';

export const E2E_STRIPE_WEBHOOK_SECRET = 'whsec_ZTJlLW9ubHktc3RyaXBlLXdlYmhvb2stc2VjcmV0';

export async function postStripeEvent(request: APIRequestContext, event: unknown) {
  const payload = JSON.stringify(event);
  const secret = process.env.E2E_STRIPE_WEBHOOK_SECRET ?? E2E_STRIPE_WEBHOOK_SECRET;
  return request.post('/api/webhooks/stripe', {
    headers: {
      'content-type': 'application/json',
      'stripe-signature': Stripe.webhooks.generateTestHeaderString({ payload, secret }),
    },
    data: payload,
  });
}
