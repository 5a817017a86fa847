// The route as Stripe reaches it: the raw body and its Stripe-Signature header. A bad or missing
// signature answers 400 and writes nothing; a signed event answers 200 once processed, and 200 again
// (marked duplicate) on redelivery. The app's database handle is the test database; Stripe's side is
// an in-memory Stripe behind the reader seam.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '@/db/client';
import { practiceSubscriptions, stripeEvents } from '@/db/schema';
import { priceIdOf } from '@/server/billing/plan-prices';
import { DAY, eventOf, InMemoryStripe, signed } from '@/server/billing/webhook/testing/stripe-objects';
import { makePractice } from '@/test/factories';
import { createTestDb } from '@/test/test-db';

const state = vi.hoisted(() => ({
  handle: undefined as DbHandle | undefined,
  stripe: undefined as InMemoryStripe | undefined,
}));
vi.mock('@/server/db', () => ({
  getDb: async () => {
    if (!state.handle) throw new Error('no test database');
    return state.handle.db;
  },
}));
vi.mock('@/server/billing/webhook/stripe-reader', () => ({
  stripeReader: () => state.stripe!.reader,
}));

const secret = `whsec_${randomBytes(24).toString('base64')}`;
vi.stubEnv('STRIPE_WEBHOOK_SECRET', secret);

beforeAll(async () => {
  state.handle = await createTestDb();
  state.stripe = new InMemoryStripe();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await state.handle?.close();
});

const post = (payload: string, signature?: string) =>
  new Request('http://localhost/api/webhooks/stripe', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature ? { 'stripe-signature': signature } : {}) },
    body: payload,
  });

async function subscriptionEvent() {
  const { practice } = await makePractice(state.handle!.db);
  const now = Math.floor(Date.now() / 1000);
  const subscription = state.stripe!.create({
    practiceId: practice.id,
    customer: `cus_${randomBytes(6).toString('hex')}`,
    price: priceIdOf('group'),
    quantity: 2,
    status: 'active',
    created: now,
    periodEnd: now + 30 * DAY,
  });
  return { practice, event: eventOf('customer.subscription.created', subscription) };
}

const written = async (eventId: string, practiceId: string) => ({
  events: await state.handle!.db.select().from(stripeEvents).where(eq(stripeEvents.id, eventId)),
  subscriptions: await state
    .handle!.db.select()
    .from(practiceSubscriptions)
    .where(eq(practiceSubscriptions.practiceId, practiceId)),
});

describe('POST /api/webhooks/stripe', () => {
  it('answers 400 without a signature, with a wrong one, and for a changed body, writing nothing', async () => {
    const { POST } = await import('./route');
    const { practice, event } = await subscriptionEvent();
    const { payload, signature } = signed(event, secret);
    const forged = signed(event, `whsec_${randomBytes(24).toString('base64')}`);
    for (const req of [
      post(payload),
      post(payload, 't=1,v1=00'),
      post(payload, forged.signature),
      post(payload.replace('"quantity":2', '"quantity":20'), signature),
    ]) {
      const res = await POST(req);
      expect(res.status).toBe(400);
      expect(await res.json()).toHaveProperty('error');
    }
    expect(await written(event.id, practice.id)).toEqual({ events: [], subscriptions: [] });
  });

  it('answers 200 to a signed event and stores the subscription; a redelivery is marked duplicate', async () => {
    const { POST } = await import('./route');
    const { practice, event } = await subscriptionEvent();
    const { payload, signature } = signed(event, secret);
    const first = await POST(post(payload, signature));
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ received: true, duplicate: false });
    const again = await POST(post(payload, signature));
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ received: true, duplicate: true });
    const rows = await written(event.id, practice.id);
    expect(rows.events).toHaveLength(1);
    expect(rows.subscriptions).toMatchObject([{ status: 'active', seats: 2, plan: 'group' }]);
  });
});
