// Stripe's webhook. The raw body is read as text: the signature covers its exact bytes.
import { stripeClient } from '@/server/billing/stripe-client';
import { receiveStripeWebhook } from '@/server/billing/webhook/receive-stripe-webhook';
import { stripeReader } from '@/server/billing/webhook/stripe-reader';
import { getDb } from '@/server/db';
import { stripeWebhookSecret } from '@/server/env';

export async function POST(req: Request) {
  const payload = await req.text();
  const outcome = await receiveStripeWebhook(await getDb(), {
    payload,
    signature: req.headers.get('stripe-signature'),
    secret: stripeWebhookSecret(),
    stripe: stripeReader(stripeClient()),
  });
  if (outcome.kind === 'rejected') return Response.json({ error: outcome.reason }, { status: 400 });
  return Response.json({ received: true, duplicate: outcome.kind === 'duplicate' });
}
