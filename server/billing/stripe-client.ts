// The one Stripe client. With STRIPE_SECRET_KEY it talks to Stripe; without it (never in
// production) the same library talks to the local Stripe stand-in the app serves at /v1
// (server/billing/local-stripe), or to STRIPE_API_URL or `baseUrl` when the stand-in runs on its
// own port (tests).
import Stripe from 'stripe';
import { env } from '../env';

export const LOCAL_STRIPE_KEY = 'sk_test_local_stand_in';

export function stripeClient(options: { baseUrl?: string } = {}): Stripe {
  const { stripeSecretKey } = env().billing;
  if (stripeSecretKey && !options.baseUrl) return new Stripe(stripeSecretKey, { maxNetworkRetries: 2 });
  if (env().mode === 'production')
    throw new Error('Missing environment variable for billing: STRIPE_SECRET_KEY');
  const url = new URL(options.baseUrl ?? env().billing.stripeApiUrl ?? env().appUrl);
  const protocol = url.protocol === 'https:' ? 'https' : 'http';
  return new Stripe(LOCAL_STRIPE_KEY, {
    host: url.hostname,
    port: Number(url.port || (protocol === 'https' ? 443 : 80)),
    protocol,
    maxNetworkRetries: 0,
  });
}
