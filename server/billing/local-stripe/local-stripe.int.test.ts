// The real stripe library against the local stand-in: the calls the app makes, the events a paid
// checkout and portal changes send (signed so that stripe.webhooks.constructEvent accepts them),
// Stripe's error shapes, and Idempotency-Key replay. State lives in the test's own database.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { createTestDb } from '@/test/test-db';
import { stripeClient } from '../stripe-client';
import { handleLocalStripeRequest } from './handler';
import { ROUTES } from './routes';
import { type LocalStripeServer, startLocalStripe } from './server';

const SECRET = 'whsec_local_stand_in_test';

type Received = { event: Stripe.Event; rawType: string };

let t: DbHandle;
let local: LocalStripeServer;
let stripe: Stripe;
let receiver: Server;
const received: Received[] = [];

beforeAll(async () => {
  t = await createTestDb();
  receiver = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const payload = Buffer.concat(chunks).toString('utf8');
    // Verified exactly as the app's webhook route must verify it: a bad signature throws here.
    const event = stripe.webhooks.constructEvent(payload, String(req.headers['stripe-signature']), SECRET);
    received.push({ event, rawType: JSON.parse(payload).type });
    res.writeHead(200).end('{}');
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const port = (receiver.address() as AddressInfo).port;
  local = await startLocalStripe({
    db: t.db,
    webhookUrl: `http://127.0.0.1:${port}/api/webhooks/stripe`,
    webhookSecret: SECRET,
    appUrl: 'http://app.test',
  });
  stripe = stripeClient({ baseUrl: local.url });
});

afterAll(async () => {
  await local?.stop();
  await new Promise((resolve) => receiver?.close(resolve));
  await t?.close();
});

const eventsAfter = (count: number) => received.slice(count).map((r) => r.event);

async function checkout(options: { seats?: number; trialDays?: number; practiceId?: string } = {}) {
  const practiceId = options.practiceId ?? crypto.randomUUID();
  const customer = await stripe.customers.create({ name: 'Harbor Counseling', metadata: { practiceId } });
  const session = await stripe.checkout.sessions.create({
    mode: 'subscription',
    customer: customer.id,
    client_reference_id: practiceId,
    metadata: { practiceId },
    subscription_data: {
      metadata: { practiceId },
      ...(options.trialDays ? { trial_period_days: options.trialDays } : {}),
    },
    line_items: [{ price: 'price_local_group', quantity: options.seats ?? 3 }],
    success_url: 'http://app.test/p/x/billing?checkout=done&session={CHECKOUT_SESSION_ID}',
    cancel_url: 'http://app.test/p/x/billing',
  });
  return { practiceId, customer, session };
}

describe('customers', () => {
  it('creates, retrieves and updates a customer, merging metadata as Stripe does', async () => {
    const created = await stripe.customers.create({
      name: 'Harbor',
      metadata: { practiceId: 'p1', note: 'x' },
    });
    expect(created).toMatchObject({ object: 'customer', name: 'Harbor', livemode: false });
    expect(created.id).toMatch(/^cus_/);
    const updated = await stripe.customers.update(created.id, {
      name: 'Harbor Counseling',
      metadata: { note: '' },
    });
    expect(updated.metadata).toEqual({ practiceId: 'p1' });
    expect((await stripe.customers.retrieve(created.id)) as Stripe.Customer).toMatchObject({
      name: 'Harbor Counseling',
      metadata: { practiceId: 'p1' },
    });
  });
});

describe('checkout', () => {
  it('creates an open session whose url is the local checkout page', async () => {
    const { session, practiceId } = await checkout({ seats: 4 });
    expect(session).toMatchObject({
      object: 'checkout.session',
      mode: 'subscription',
      status: 'open',
      payment_status: 'unpaid',
      client_reference_id: practiceId,
      metadata: { practiceId },
      amount_total: 4 * 4900,
      url: `http://app.test/dev/stripe/checkout/${session.id}`,
    });
    expect(session.id).toMatch(/^cs_test_/);
    const withItems = await stripe.checkout.sessions.retrieve(session.id, { expand: ['line_items'] });
    expect(withItems.line_items?.data[0]).toMatchObject({ quantity: 4, price: { id: 'price_local_group' } });
    expect(withItems).not.toHaveProperty('_local');
  });

  it('paying makes an active subscription and a paid invoice, sends three signed events, and redirects', async () => {
    const { session, practiceId, customer } = await checkout({ seats: 3 });
    const before = received.length;
    const paid = await local.payCheckout(session.id);
    expect(paid.redirectUrl).toBe(`http://app.test/p/x/billing?checkout=done&session=${session.id}`);
    expect(paid.deliveries.map((d) => d.status)).toEqual([200, 200, 200]);
    const events = eventsAfter(before);
    expect(events.map((e) => e.type)).toEqual([
      'checkout.session.completed',
      'customer.subscription.created',
      'invoice.paid',
    ]);
    for (const event of events) {
      expect(event).toMatchObject({ object: 'event', livemode: false, api_version: Stripe.API_VERSION });
      expect(event.id).toMatch(/^evt_/);
    }
    const completed = events[0]!.data.object as Stripe.Checkout.Session;
    expect(completed).toMatchObject({ status: 'complete', payment_status: 'paid', customer: customer.id });

    const subscription = await stripe.subscriptions.retrieve(paid.subscriptionId, {
      expand: ['latest_invoice'],
    });
    expect(subscription).toMatchObject({ status: 'active', customer: customer.id, metadata: { practiceId } });
    expect(subscription.items.data[0]).toMatchObject({
      quantity: 3,
      price: { id: 'price_local_group', unit_amount: 4900 },
    });
    expect(subscription.items.data[0]!.current_period_end).toBeGreaterThan(
      subscription.items.data[0]!.current_period_start,
    );
    const invoice = subscription.latest_invoice as Stripe.Invoice;
    expect(invoice).toMatchObject({
      object: 'invoice',
      status: 'paid',
      amount_paid: 3 * 4900,
      customer: customer.id,
    });
    expect(invoice.parent?.subscription_details?.subscription).toBe(subscription.id);
    expect(invoice.hosted_invoice_url).toBe(`http://app.test/dev/stripe/invoices/${invoice.id}`);

    // A second click on Pay changes nothing and sends nothing.
    const again = await local.payCheckout(session.id);
    expect(again.deliveries).toEqual([]);
    expect((await stripe.subscriptions.list({ customer: customer.id })).data).toHaveLength(1);
  });

  it('a session that asked for a trial makes a trialing subscription with a zero invoice', async () => {
    const { session } = await checkout({ seats: 2, trialDays: 14 });
    const paid = await local.payCheckout(session.id);
    const subscription = await stripe.subscriptions.retrieve(paid.subscriptionId);
    expect(subscription.status).toBe('trialing');
    expect(subscription.trial_end! - subscription.trial_start!).toBe(14 * 86_400);
    const invoices = await stripe.invoices.list({ subscription: subscription.id });
    expect(invoices.data.map((i) => [i.status, i.amount_paid])).toEqual([['paid', 0]]);
  });

  it('a customer is made at payment when the session had none', async () => {
    const session = await stripe.checkout.sessions.create({
      mode: 'subscription',
      line_items: [{ price: 'price_local_solo', quantity: 1 }],
      success_url: 'http://app.test/done',
    });
    const paid = await local.payCheckout(session.id);
    const retrieved = await stripe.checkout.sessions.retrieve(session.id);
    expect(retrieved.customer).toMatch(/^cus_/);
    expect((await stripe.subscriptions.retrieve(paid.subscriptionId)).customer).toBe(retrieved.customer);
  });

  it('opens a billing portal session at the local portal page', async () => {
    const { customer } = await checkout();
    const portal = await stripe.billingPortal.sessions.create({
      customer: customer.id,
      return_url: 'http://app.test/b',
    });
    expect(portal).toMatchObject({
      object: 'billing_portal.session',
      customer: customer.id,
      return_url: 'http://app.test/b',
    });
    expect(portal.url).toBe(`http://app.test/dev/stripe/portal/${portal.id}`);
  });
});

describe('subscriptions and invoices', () => {
  async function paidSubscription(seats = 3) {
    const { session, customer } = await checkout({ seats });
    const paid = await local.payCheckout(session.id);
    return { customer, subscription: await stripe.subscriptions.retrieve(paid.subscriptionId) };
  }

  it('updating the quantity sends customer.subscription.updated and changes the next invoice', async () => {
    const { subscription, customer } = await paidSubscription(3);
    const item = subscription.items.data[0]!;
    const before = received.length;
    const updated = await stripe.subscriptions.update(subscription.id, {
      items: [{ id: item.id, quantity: 5 }],
      proration_behavior: 'none',
    });
    expect(updated.items.data[0]!.quantity).toBe(5);
    await local.idle();
    const [event] = eventsAfter(before);
    expect(event!.type).toBe('customer.subscription.updated');
    expect((event!.data.object as Stripe.Subscription).items.data[0]!.quantity).toBe(5);
    expect(event!.data.previous_attributes).toHaveProperty('items');

    const preview = await stripe.invoices.createPreview({
      customer: customer.id,
      subscription: subscription.id,
    });
    expect(preview).toMatchObject({
      object: 'invoice',
      amount_due: 5 * 4900,
      period_start: item.current_period_end,
    });
    const previewMore = await stripe.invoices.createPreview({
      subscription: subscription.id,
      subscription_details: { items: [{ id: item.id, quantity: 8 }] },
    });
    expect(previewMore.total).toBe(8 * 4900);

    const byCustomer = await stripe.invoices.list({ customer: customer.id, limit: 5 });
    expect(byCustomer).toMatchObject({ object: 'list', has_more: false, url: '/v1/invoices' });
    expect(byCustomer.data).toHaveLength(1);
  });

  it('cancel at period end leaves no upcoming invoice; cancel now sends customer.subscription.deleted', async () => {
    const { subscription } = await paidSubscription();
    const ending = await stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true });
    expect(ending).toMatchObject({ status: 'active', cancel_at_period_end: true });
    expect(ending.cancel_at).toBe(subscription.items.data[0]!.current_period_end);
    await expect(stripe.invoices.createPreview({ subscription: subscription.id })).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      code: 'invoice_upcoming_none',
    });
    const before = received.length;
    const canceled = await stripe.subscriptions.cancel(subscription.id);
    expect(canceled.status).toBe('canceled');
    await local.idle();
    expect(eventsAfter(before).map((e) => e.type)).toEqual(['customer.subscription.deleted']);
    await expect(
      stripe.subscriptions.update(subscription.id, { items: [{ quantity: 2 }] }),
    ).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      statusCode: 400,
    });
  });

  it('a failed payment makes the subscription past due; recovery makes it active again', async () => {
    const { subscription } = await paidSubscription();
    let before = received.length;
    const failed = await local.act(subscription.id, { kind: 'fail_payment' });
    expect(failed.subscription.status).toBe('past_due');
    expect(eventsAfter(before).map((e) => e.type)).toEqual([
      'invoice.payment_failed',
      'customer.subscription.updated',
    ]);
    const open = (await stripe.invoices.list({ subscription: subscription.id, status: 'open' })).data;
    expect(open).toHaveLength(1);

    before = received.length;
    await local.act(subscription.id, { kind: 'recover_payment' });
    expect(eventsAfter(before).map((e) => e.type)).toEqual(['invoice.paid', 'customer.subscription.updated']);
    expect((await stripe.subscriptions.retrieve(subscription.id)).status).toBe('active');
    expect((await stripe.invoices.retrieve(open[0]!.id)).status).toBe('paid');
  });

  it('sendEvent delivers any event, e.g. trial_will_end, signed', async () => {
    const { subscription } = await paidSubscription();
    const sent = await local.sendEvent('customer.subscription.trial_will_end', subscription as never);
    expect(sent.delivery?.status).toBe(200);
    expect(received.at(-1)?.event.id).toBe(sent.event.id);
    expect((await stripe.events.retrieve(sent.event.id)).type).toBe('customer.subscription.trial_will_end');
  });
});

describe('errors, as the stripe library raises them', () => {
  it('an unknown id is a 404 resource_missing StripeInvalidRequestError', async () => {
    const error = await stripe.subscriptions.retrieve('sub_nope').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error).toMatchObject({ statusCode: 404, code: 'resource_missing', param: 'id' });
    await expect(stripe.invoices.retrieve('in_nope')).rejects.toMatchObject({ code: 'resource_missing' });
    await expect(stripe.customers.update('cus_nope', { name: 'x' })).rejects.toMatchObject({
      statusCode: 404,
    });
  });

  it('a missing or invalid parameter names it in bracket form', async () => {
    await expect(
      stripe.checkout.sessions.create({
        mode: 'subscription',
        success_url: 'http://app.test/ok',
        line_items: [{ quantity: 1 }],
      }),
    ).rejects.toMatchObject({ statusCode: 400, code: 'parameter_missing', param: 'line_items[0][price]' });
    await expect(
      stripe.checkout.sessions.create({
        mode: 'subscription',
        success_url: 'http://app.test/ok',
        line_items: [{ price: 'price_unknown', quantity: 1 }],
      }),
    ).rejects.toMatchObject({ code: 'resource_missing', param: 'line_items[0][price]' });
    await expect(
      stripe.checkout.sessions.create({
        mode: 'subscription',
        success_url: 'http://app.test/ok',
        customer: 'cus_missing',
        line_items: [{ price: 'price_local_solo', quantity: 1 }],
      }),
    ).rejects.toMatchObject({ code: 'resource_missing', param: 'customer' });
  });

  it('a wrong API key is a StripeAuthenticationError; an unknown path a 404', async () => {
    const wrong = new Stripe('sk_test_wrong', {
      host: '127.0.0.1',
      port: Number(new URL(local.url).port),
      protocol: 'http',
    });
    await expect(wrong.customers.create({})).rejects.toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    await expect(stripe.products.retrieve('prod_x')).rejects.toMatchObject({ statusCode: 404 });
  });
});

describe('strict as Stripe', () => {
  const raw = async (method: string, path: string, params = '') => {
    const answer = await handleLocalStripeRequest(t.db, {
      method,
      path,
      ...(method === 'POST' ? { body: params } : { query: params }),
      headers: { Authorization: 'Bearer sk_test_local_stand_in' },
    });
    return { status: answer.status, body: JSON.parse(answer.body) };
  };

  it("every endpoint refuses a parameter it does not know: 400 parameter_unknown, in Stripe's error shape", async () => {
    const { session, customer } = await checkout();
    const paid = await local.payCheckout(session.id);
    const subscription = await stripe.subscriptions.retrieve(paid.subscriptionId);
    // One path per route, to existing objects, so only the parameter can be what is refused.
    const paths = [
      '/v1/customers',
      `/v1/customers/${customer.id}`,
      '/v1/checkout/sessions',
      `/v1/checkout/sessions/${session.id}`,
      `/v1/checkout/sessions/${session.id}/line_items`,
      '/v1/billing_portal/sessions',
      '/v1/subscriptions',
      `/v1/subscriptions/${subscription.id}`,
      '/v1/invoices',
      `/v1/invoices/${subscription.latest_invoice as string}`,
      '/v1/invoices/create_preview',
      '/v1/prices/price_local_group',
      `/v1/events/${paid.deliveries[0]!.eventId}`,
    ];
    for (const [method, pattern] of ROUTES) {
      const path = paths.find((candidate) => pattern.test(candidate));
      expect(path, `a sample path for ${method} ${pattern.source}`).toBeDefined();
      const answer = await raw(method, path!, 'nonsense_param=1&expand[]=customer');
      expect({ route: `${method} ${path}`, ...answer }).toEqual({
        route: `${method} ${path}`,
        status: 400,
        body: {
          error: {
            type: 'invalid_request_error',
            code: 'parameter_unknown',
            param: 'nonsense_param',
            message: 'Received unknown parameter: nonsense_param',
          },
        },
      });
    }
    expect((await stripe.subscriptions.retrieve(subscription.id)).status).toBe('active');
  });

  it('answers only in the API version it renders, the pinned one', async () => {
    const older = await handleLocalStripeRequest(t.db, {
      method: 'GET',
      path: '/v1/prices/price_local_group',
      headers: { Authorization: 'Bearer sk_test_local_stand_in', 'Stripe-Version': '2024-06-20' },
    });
    expect(older.status).toBe(400);
    expect(JSON.parse(older.body).error).toMatchObject({ type: 'invalid_request_error' });
    const price = await stripe.prices.retrieve('price_local_group');
    expect(price.lastResponse.headers['stripe-version']).toBe(Stripe.API_VERSION);
  });

  it('the stripe library sees a nested unknown parameter as a StripeInvalidRequestError naming it', async () => {
    const error = await stripe.checkout.sessions
      .create({
        mode: 'subscription',
        success_url: 'http://app.test/ok',
        line_items: [{ price: 'price_local_solo', quantity: 1, colour: 'blue' } as never],
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error).toMatchObject({
      statusCode: 400,
      code: 'parameter_unknown',
      param: 'line_items[0][colour]',
    });
  });

  it("lists, top-level and inside objects, have Stripe's shape: object, data, has_more, url", async () => {
    const { session, customer } = await checkout();
    const paid = await local.payCheckout(session.id);
    const listShape = ['data', 'has_more', 'object', 'url'];
    const lists = [
      (await raw('GET', '/v1/invoices', `customer=${customer.id}`)).body,
      (await raw('GET', '/v1/subscriptions', `customer=${customer.id}`)).body,
      (await raw('GET', `/v1/checkout/sessions/${session.id}/line_items`)).body,
      (await raw('GET', `/v1/subscriptions/${paid.subscriptionId}`)).body.items,
      (await raw('GET', `/v1/invoices`, `subscription=${paid.subscriptionId}`)).body.data[0].lines,
      (await raw('GET', `/v1/checkout/sessions/${session.id}`, 'expand[]=line_items')).body.line_items,
    ];
    for (const list of lists) {
      expect(Object.keys(list).sort()).toEqual(listShape);
      expect(list).toMatchObject({ object: 'list', has_more: false });
      expect(list.data.length).toBeGreaterThan(0);
    }
  });
});

describe('Idempotency-Key', () => {
  it('the same key gets the same answer and makes one object', async () => {
    const key = `test-${crypto.randomUUID()}`;
    const first = await stripe.customers.create({ name: 'Once' }, { idempotencyKey: key });
    const second = await stripe.customers.create({ name: 'Once' }, { idempotencyKey: key });
    expect(second.id).toBe(first.id);
    expect(second.lastResponse.headers['idempotent-replayed']).toBe('true');
    const other = await stripe.customers.create({ name: 'Once' });
    expect(other.id).not.toBe(first.id);
  });

  it('the same key with other parameters is an idempotency error', async () => {
    const key = `test-${crypto.randomUUID()}`;
    await stripe.customers.create({ name: 'A' }, { idempotencyKey: key });
    await expect(stripe.customers.create({ name: 'B' }, { idempotencyKey: key })).rejects.toBeInstanceOf(
      Stripe.errors.StripeIdempotencyError,
    );
  });
});

describe('handleLocalStripeRequest, without a server', () => {
  it('answers a fetch-style request: Headers, a query with expand[], JSON with Stripe headers', async () => {
    const { session } = await checkout({ seats: 2 });
    const paid = await local.payCheckout(session.id);
    const answer = await handleLocalStripeRequest(t.db, {
      method: 'GET',
      path: `/v1/subscriptions/${paid.subscriptionId}`,
      query: '?expand[]=latest_invoice&expand[]=customer',
      headers: new Headers({
        Authorization: 'Bearer sk_test_local_stand_in',
        'Stripe-Version': '2026-10-28.endive',
      }),
    });
    expect(answer.status).toBe(200);
    expect(answer.headers).toMatchObject({
      'Content-Type': 'application/json',
      'Stripe-Version': '2026-10-28.endive',
    });
    const body = JSON.parse(answer.body);
    expect(body.latest_invoice.object).toBe('invoice');
    expect(body.customer.object).toBe('customer');
    const missing = await handleLocalStripeRequest(t.db, {
      method: 'GET',
      path: '/v1/customers',
      headers: {},
    });
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.body).error.type).toBe('invalid_request_error');
  });
});

describe('a caller holding a database transaction', () => {
  it('still gets answers: on PGlite (one connection) the stand-in reads from memory', async () => {
    const shared = await startLocalStripe({ db: t.db, memoryReads: true });
    try {
      const sharedStripe = stripeClient({ baseUrl: shared.url });
      const session = await sharedStripe.checkout.sessions.create({
        mode: 'subscription',
        line_items: [{ price: 'price_local_group', quantity: 2 }],
        success_url: 'http://app.test/done',
      });
      const { subscriptionId } = await shared.payCheckout(session.id);
      // What the app's webhook does: read the subscription from "Stripe" inside its transaction.
      const read = await t.db.transaction(async (tx) => {
        await tx.execute(sql`select 1`);
        const subscription = await sharedStripe.subscriptions.retrieve(subscriptionId, {
          expand: ['latest_invoice'],
        });
        const invoices = await sharedStripe.invoices.list({ subscription: subscriptionId });
        return { subscription, invoices };
      });
      expect(read.subscription.items.data[0]!.quantity).toBe(2);
      expect((read.subscription.latest_invoice as Stripe.Invoice).status).toBe('paid');
      expect(read.invoices.data).toHaveLength(1);
      await expect(sharedStripe.subscriptions.retrieve('sub_missing')).rejects.toMatchObject({
        code: 'resource_missing',
      });
    } finally {
      await shared.stop();
    }
  });
});

describe('webhook delivery failures', () => {
  it('an unreachable app does not stop the payment: the events are kept and the redirect happens', async () => {
    const down = await startLocalStripe({
      db: t.db,
      webhookUrl: 'http://127.0.0.1:9/nothing',
      webhookSecret: SECRET,
    });
    try {
      const downStripe = stripeClient({ baseUrl: down.url });
      const session = await downStripe.checkout.sessions.create({
        mode: 'subscription',
        line_items: [{ price: 'price_local_solo', quantity: 1 }],
        success_url: 'http://app.test/done',
      });
      const paid = await down.payCheckout(session.id);
      expect(paid.redirectUrl).toBe('http://app.test/done');
      expect(paid.deliveries.map((d) => d.status)).toEqual([null, null, null]);
      expect((await downStripe.events.retrieve(paid.deliveries[0]!.eventId)).type).toBe(
        'checkout.session.completed',
      );
    } finally {
      await down.stop();
    }
  });
});
