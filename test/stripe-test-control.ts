// Test workers run in other processes than the run's local Stripe stand-in (test/global-setup.ts),
// so they reach what a person does on its checkout page ("Pay") through this small HTTP door.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LocalStripeServer } from '../server/billing/local-stripe/server';

export async function startStripeTestControl(stripe: LocalStripeServer) {
  const server = createServer(async (req, res) => {
    const match = /^\/pay\/([\w-]+)$/.exec(req.url ?? '');
    if (req.method !== 'POST' || !match?.[1]) return res.writeHead(404).end();
    try {
      const { subscriptionId } = await stripe.payCheckout(match[1]);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ subscriptionId }));
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Pays a checkout session at the run's stand-in, as a person would; the new subscription's id. */
export async function payCheckoutInTest(checkoutSessionId: string): Promise<string> {
  const control = process.env.STRIPE_TEST_CONTROL_URL;
  if (!control) throw new Error('STRIPE_TEST_CONTROL_URL is not set: is test/global-setup.ts in use?');
  const response = await fetch(`${control}/pay/${checkoutSessionId}`, { method: 'POST' });
  if (!response.ok) throw new Error(`paying ${checkoutSessionId} failed: ${await response.text()}`);
  return ((await response.json()) as { subscriptionId: string }).subscriptionId;
}
