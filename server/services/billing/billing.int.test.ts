// The billing page's services against the local Stripe stand-in, through the real stripe library:
// starting a checkout, paying it, changing seats, the portal and the overview.
import { eq } from 'drizzle-orm';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditEvents, billingCustomers, practiceSubscriptions } from '@/db/schema';
import { type LocalStripeServer, startLocalStripe } from '@/server/billing/local-stripe/server';
import { TRIAL_SEATS } from '@/server/billing/plans';
import { stripeClient } from '@/server/billing/stripe-client';
import { makeMember, makePractice, type TestPractice } from '@/test/factories';
import { createTestDb } from '@/test/test-db';
import type { Actor } from '../actor';
import { billingScope } from './billing-scope';
import { changeSeats } from './change-seats';
import { getBillingOverview } from './get-billing-overview';
import { openBillingPortal } from './open-billing-portal';
import { startCheckout } from './start-checkout';

let t: DbHandle;
let local: LocalStripeServer;
let p: TestPractice;

beforeAll(async () => {
  t = await createTestDb();
  local = await startLocalStripe({ db: t.db });
  p = await makePractice(t.db, 'Harbor Billing');
});
afterAll(async () => {
  await local?.stop();
  await t?.close();
});

const ownerOf = (practice: TestPractice): Actor => ({
  userId: practice.owner.user.id,
  practiceId: practice.practice.id,
  membershipId: practice.owner.membership.id,
  role: 'owner',
  meta: { ip: '127.0.0.1', userAgent: 'vitest' },
});
const scopeOf = (practice: TestPractice) =>
  billingScope(t.db, ownerOf(practice), stripeClient({ baseUrl: local.url }));

/** What the webhook writes once Stripe reports the paid checkout (the webhook has its own tests). */
async function recordSubscription(practice: TestPractice, subscriptionId: string, seats: number) {
  await t.db.insert(practiceSubscriptions).values({
    practiceId: practice.practice.id,
    stripeSubscriptionId: subscriptionId,
    plan: 'group',
    status: 'active',
    seats,
  });
}

describe('billing', () => {
  it('shows a new practice in its free trial with the trial seats', async () => {
    const overview = await getBillingOverview(scopeOf(p));
    expect(overview).toMatchObject({
      status: 'trial',
      plan: null,
      seatsBought: TRIAL_SEATS,
      seatsUsed: 4, // owner, admin and two counselors
      hasCustomer: false,
      recentInvoices: [],
    });
    expect(overview.trialEndsAt?.getTime()).toBeGreaterThan(Date.now() + 13 * 86_400_000);
  });

  it('refuses a plan that cannot hold the team, with the reason', async () => {
    await expect(startCheckout(scopeOf(p), { plan: 'solo', seats: 1 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('Your team already fills 4 seats'),
    });
    await expect(startCheckout(scopeOf(p), { plan: 'solo', seats: 3 })).rejects.toMatchObject({
      message: 'Solo is for exactly 1 counselor.',
    });
    await expect(startCheckout(scopeOf(p), { plan: 'group', seats: 3 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('starts Stripe Checkout for the practice as one customer, however often it is started', async () => {
    const first = await startCheckout(scopeOf(p), { plan: 'group', seats: 6 });
    const second = await startCheckout(scopeOf(p), { plan: 'group', seats: 6 });
    expect(first.url).toMatch(/\/dev\/stripe\/checkout\/cs_/);
    const customers = await t.db
      .select()
      .from(billingCustomers)
      .where(eq(billingCustomers.practiceId, p.practice.id));
    expect(customers).toHaveLength(1);
    const stripe = stripeClient({ baseUrl: local.url });
    const sessionId = second.url.split('/').pop() ?? '';
    const session = await stripe.checkout.sessions.retrieve(sessionId);
    expect(session).toMatchObject({
      mode: 'subscription',
      customer: customers[0]?.stripeCustomerId,
      client_reference_id: p.practice.id,
      metadata: { practiceId: p.practice.id },
    });
    // No person and no health information: the customer is the practice, by name.
    const customer = await stripe.customers.retrieve(customers[0]?.stripeCustomerId ?? '');
    expect(customer).toMatchObject({
      name: 'Harbor Billing',
      email: null,
      metadata: { practiceId: p.practice.id },
    });
    const audit = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'billing.checkout-started'));
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it('after paying: no second checkout, seats change at Stripe, the portal opens, invoices show', async () => {
    const { url } = await startCheckout(scopeOf(p), { plan: 'group', seats: 6 });
    const { subscriptionId } = await local.payCheckout(url.split('/').pop() ?? '');
    await recordSubscription(p, subscriptionId, 6);

    await expect(startCheckout(scopeOf(p), { plan: 'group', seats: 6 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('already has a subscription'),
    });
    await expect(changeSeats(scopeOf(p), { seats: 3 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await changeSeats(scopeOf(p), { seats: 8 })).toEqual({ seats: 8 });
    const atStripe = await stripeClient({ baseUrl: local.url }).subscriptions.retrieve(subscriptionId);
    expect(atStripe.items.data[0]?.quantity).toBe(8);

    expect((await openBillingPortal(scopeOf(p))).url).toMatch(/\/dev\/stripe\/portal\//);
    const overview = await getBillingOverview(scopeOf(p));
    expect(overview).toMatchObject({
      status: 'active',
      plan: 'group',
      hasCustomer: true,
      invoicesUnavailable: false,
    });
    expect(overview.recentInvoices.length).toBeGreaterThanOrEqual(1);
    expect(overview.recentInvoices[0]).toMatchObject({ status: 'paid', currency: 'usd' });
    expect(overview.nextInvoice?.amountCents).toBeGreaterThan(0);
  });

  it('has no portal and no seats to change before a subscription exists', async () => {
    const fresh = await makePractice(t.db);
    await expect(openBillingPortal(scopeOf(fresh))).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(changeSeats(scopeOf(fresh), { seats: 5 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it("tells owners when Stripe's latest event came in another API version than Ninefold reads", async () => {
    const other = await makePractice(t.db);
    await recordSubscription(other, `sub_${crypto.randomUUID()}`, 2);
    expect((await getBillingOverview(scopeOf(other))).webhookApiVersion).toBeNull();
    const at = new Date('2026-11-20T10:00:00Z');
    await t.db
      .update(practiceSubscriptions)
      .set({ stripeApiVersionMismatch: '2024-06-20', stripeApiVersionMismatchAt: at })
      .where(eq(practiceSubscriptions.practiceId, other.practice.id));
    expect((await getBillingOverview(scopeOf(other))).webhookApiVersion).toEqual({
      received: '2024-06-20',
      expected: Stripe.API_VERSION,
      at,
    });
  });

  it('still shows the plan when Stripe cannot be reached', async () => {
    const unreachable = billingScope(t.db, ownerOf(p), stripeClient({ baseUrl: 'http://127.0.0.1:9' }));
    const overview = await getBillingOverview(unreachable);
    expect(overview).toMatchObject({ status: 'active', invoicesUnavailable: true, recentInvoices: [] });
    await makeMember(t.db, p.practice.id, 'counselor');
    expect((await getBillingOverview(unreachable)).seatsUsed).toBe(5);
  });
});
