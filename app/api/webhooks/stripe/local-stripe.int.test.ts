// End to end on the local Stripe stand-in: it delivers its signed events over HTTP to the route (served
// here by a small node server), and the route reads the subscription back through the real stripe
// library. A trial checkout, the trial's three-day notice, a failed renewal, its recovery and the end,
// each leaving the practice's row as Stripe has it, and mailing the owners and admins once; and an
// event in an older API version's shape, which the route reads back at the pinned version.
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '@/db/client';
import { emailOutbox, practiceSubscriptions } from '@/db/schema';
import { type LocalStripeServer, startLocalStripe } from '@/server/billing/local-stripe/server';
import { priceIdOf } from '@/server/billing/plan-prices';
import { stripeClient } from '@/server/billing/stripe-client';
import { asLegacyInvoice, LEGACY_API_VERSION } from '@/server/billing/webhook/testing/stripe-objects';
import { makePractice, type TestPractice } from '@/test/factories';
import { createTestDb } from '@/test/test-db';

const secret = `whsec_${randomBytes(24).toString('base64')}`;
const state = vi.hoisted(() => ({ handle: undefined as DbHandle | undefined }));
vi.mock('@/server/db', () => ({
  getDb: async () => {
    if (!state.handle) throw new Error('no test database');
    return state.handle.db;
  },
}));

let app: Server;
let local: LocalStripeServer;
let stripe: Stripe;
let p: TestPractice;
const statuses: number[] = [];

beforeAll(async () => {
  state.handle = await createTestDb();
  p = await makePractice(state.handle.db);
  app = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const { POST } = await import('./route');
    const response = await POST(
      new Request('http://localhost/api/webhooks/stripe', {
        method: 'POST',
        headers: { 'stripe-signature': String(req.headers['stripe-signature'] ?? '') },
        body: Buffer.concat(chunks).toString('utf8'),
      }),
    );
    statuses.push(response.status);
    res.writeHead(response.status).end(await response.text());
  });
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  const webhookUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}/api/webhooks/stripe`;
  local = await startLocalStripe({ db: state.handle.db, webhookUrl, webhookSecret: secret });
  stripe = stripeClient({ baseUrl: local.url });
  vi.stubEnv('STRIPE_WEBHOOK_SECRET', secret);
  vi.stubEnv('STRIPE_API_URL', local.url);
  vi.stubEnv('APP_URL', local.url);
  vi.resetModules();
}, 60_000);

afterAll(async () => {
  vi.unstubAllEnvs();
  await local?.stop();
  await new Promise((resolve) => app?.close(resolve));
  await state.handle?.close();
});

const row = async () =>
  (
    await state
      .handle!.db.select()
      .from(practiceSubscriptions)
      .where(eq(practiceSubscriptions.practiceId, p.practice.id))
  )[0];
const mail = (template: 'payment-failed' | 'trial-ending') =>
  state
    .handle!.db.select({ to: emailOutbox.toEmail })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.senderPracticeId, p.practice.id), eq(emailOutbox.template, template)));

describe('the local Stripe stand-in delivering to the route', () => {
  it('follows a trial subscription from checkout to its end', async () => {
    const practiceId = p.practice.id;
    const session = await stripe.checkout.sessions.create({
      mode: 'subscription',
      client_reference_id: practiceId,
      metadata: { practiceId },
      subscription_data: { metadata: { practiceId }, trial_period_days: 14 },
      line_items: [{ price: priceIdOf('group'), quantity: 4 }],
      success_url: `http://app.test/p/${practiceId}/billing?session={CHECKOUT_SESSION_ID}`,
    });
    const { subscriptionId } = await local.payCheckout(session.id);
    const trialing = await stripe.subscriptions.retrieve(subscriptionId);
    expect(await row()).toMatchObject({
      stripeSubscriptionId: subscriptionId,
      status: 'trialing',
      plan: 'group',
      seats: 4,
      trialEndsAt: new Date(trialing.trial_end! * 1000),
      currentPeriodEnd: new Date(trialing.items.data[0]!.current_period_end * 1000),
    });

    await local.act(subscriptionId, { kind: 'trial_will_end' });
    const owners = [p.owner.user.email, p.admin.user.email].sort();
    expect((await mail('trial-ending')).map((m) => m.to).sort()).toEqual(owners);

    await local.act(subscriptionId, { kind: 'fail_payment' });
    expect(await row()).toMatchObject({ status: 'past_due' });
    expect((await row())?.pastDueSince).toBeInstanceOf(Date);
    expect((await mail('payment-failed')).map((m) => m.to).sort()).toEqual(owners);

    await local.act(subscriptionId, { kind: 'recover_payment' });
    expect(await row()).toMatchObject({ status: 'active', pastDueSince: null });

    await stripe.subscriptions.cancel(subscriptionId);
    await local.idle();
    expect(await row()).toMatchObject({ status: 'canceled', seats: 4 });
    expect(statuses.length).toBeGreaterThanOrEqual(8);
    expect(statuses.every((s) => s === 200)).toBe(true);
    // Each message once, whatever else was delivered.
    expect(await mail('trial-ending')).toHaveLength(2);
    expect(await mail('payment-failed')).toHaveLength(2);
  });

  it('an invoice event rendered in an older API version is re-read through the library, and syncs', async () => {
    const other = await makePractice(state.handle!.db);
    const practiceId = other.practice.id;
    // A second stand-in on the same database that delivers nothing: its events reach the route
    // only as this test sends them, in the older version's shape.
    const quiet = await startLocalStripe({ db: state.handle!.db });
    try {
      const session = await stripe.checkout.sessions.create({
        mode: 'subscription',
        client_reference_id: practiceId,
        subscription_data: { metadata: { practiceId } },
        line_items: [{ price: priceIdOf('group'), quantity: 3 }],
        success_url: 'http://app.test/done',
      });
      const { subscriptionId, deliveries } = await quiet.payCheckout(session.id);
      expect(deliveries).toEqual([]);
      const invoiceId = (await quiet.act(subscriptionId, { kind: 'fail_payment' })).subscription
        .latest_invoice as string;
      const invoice = await stripe.invoices.retrieve(invoiceId);
      const legacy = {
        id: `evt_legacy_${randomBytes(6).toString('hex')}`,
        object: 'event',
        api_version: LEGACY_API_VERSION,
        created: Math.floor(Date.now() / 1000),
        livemode: false,
        type: 'invoice.payment_failed',
        data: { object: asLegacyInvoice(invoice) },
      };
      expect(legacy.data.object).not.toHaveProperty('parent');
      const payload = JSON.stringify(legacy);
      const { POST } = await import('./route');
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const response = await POST(
        new Request('http://localhost/api/webhooks/stripe', {
          method: 'POST',
          headers: { 'stripe-signature': Stripe.webhooks.generateTestHeaderString({ payload, secret }) },
          body: payload,
        }),
      );
      warn.mockRestore();
      expect(response.status).toBe(200);
      const [synced] = await state
        .handle!.db.select()
        .from(practiceSubscriptions)
        .where(eq(practiceSubscriptions.practiceId, practiceId));
      expect(synced).toMatchObject({
        stripeSubscriptionId: subscriptionId,
        status: 'past_due',
        seats: 3,
        stripeApiVersionMismatch: LEGACY_API_VERSION,
      });
    } finally {
      await quiet.stop();
    }
  });
});
