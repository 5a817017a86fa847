// The webhook service on a real database (PGlite, or Postgres with DATABASE_URL): signatures, one
// processing per event id, each handled event type converging on Stripe's state, and billing mail.
import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import Stripe from 'stripe';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '@/db/client';
import { billingCustomers, emailOutbox, memberships, practiceSubscriptions, stripeEvents } from '@/db/schema';
import { makeMember, makePractice, type TestPractice } from '@/test/factories';
import { priceIdOf } from '../plan-prices';
import { receiveStripeWebhook } from './receive-stripe-webhook';
import {
  asLegacyInvoice,
  DAY,
  eventOf,
  InMemoryStripe,
  LEGACY_API_VERSION,
  type SubscriptionFields,
  signed,
  type TestEvent,
} from './testing/stripe-objects';

const secret = `whsec_${randomBytes(24).toString('base64')}`;
const NOW = new Date('2026-11-25T12:00:00Z');
const nowS = Math.floor(NOW.getTime() / 1000);

let t: DbHandle;
let stripe: InMemoryStripe;
let p: TestPractice;

beforeAll(async () => {
  t = await (await import('@/test/test-db')).createTestDb();
});
afterAll(async () => t?.close());
beforeEach(async () => {
  stripe = new InMemoryStripe();
  p = await makePractice(t.db);
});

const deliver = (event: TestEvent, options: { now?: Date; secret?: string } = {}) =>
  receiveStripeWebhook(t.db, {
    ...signed(event, options.secret ?? secret),
    secret,
    stripe: stripe.reader,
    now: options.now ?? NOW,
  });

const fields = (over: Partial<SubscriptionFields> = {}): SubscriptionFields => ({
  practiceId: p.practice.id,
  customer: `cus_${randomBytes(6).toString('hex')}`,
  price: priceIdOf('group'),
  quantity: 3,
  status: 'active',
  created: nowS - DAY,
  periodEnd: nowS + 29 * DAY,
  ...over,
});

const row = async () =>
  (
    await t.db.select().from(practiceSubscriptions).where(eq(practiceSubscriptions.practiceId, p.practice.id))
  )[0];
const receipts = (eventId: string) => t.db.select().from(stripeEvents).where(eq(stripeEvents.id, eventId));
const mail = () =>
  t.db
    .select({ to: emailOutbox.toEmail, template: emailOutbox.template, sender: emailOutbox.senderName })
    .from(emailOutbox)
    .where(eq(emailOutbox.senderPracticeId, p.practice.id));

describe('signature', () => {
  it('rejects a missing signature, another secret and a changed body, and writes nothing', async () => {
    const subscription = stripe.create(fields());
    const event = eventOf('customer.subscription.created', subscription);
    const good = signed(event, secret);
    const attempts = [
      { payload: good.payload, signature: null },
      { payload: good.payload, signature: '' },
      signed(event, `whsec_${randomBytes(24).toString('base64')}`),
      { payload: good.payload.replace('"quantity":3', '"quantity":9'), signature: good.signature },
    ];
    for (const attempt of attempts) {
      const outcome = await receiveStripeWebhook(t.db, {
        ...attempt,
        secret,
        stripe: stripe.reader,
      });
      expect(outcome.kind).toBe('rejected');
    }
    expect(await receipts(event.id)).toEqual([]);
    expect(await row()).toBeUndefined();
    expect(stripe.reads).toBe(0);
  });
});

describe('each event id once', () => {
  it('processes an event once; a redelivery answers duplicate and changes nothing', async () => {
    const subscription = stripe.create(fields());
    const event = eventOf('customer.subscription.created', subscription);
    expect(await deliver(event)).toMatchObject({
      kind: 'processed',
      practiceId: p.practice.id,
      sync: 'synced',
    });
    stripe.update(subscription.id, { quantity: 7 });
    const reads = stripe.reads;
    expect(await deliver(event)).toEqual({ kind: 'duplicate', eventId: event.id });
    expect(stripe.reads).toBe(reads);
    expect((await row())?.seats).toBe(3);
    expect(await receipts(event.id)).toHaveLength(1);
  });

  it('records an event type it does not act on, once', async () => {
    const event = eventOf('customer.created', { id: 'cus_x', object: 'customer' });
    expect(await deliver(event)).toEqual({ kind: 'ignored', eventId: event.id, type: 'customer.created' });
    expect(await deliver(event)).toMatchObject({ kind: 'duplicate' });
    expect(await receipts(event.id)).toMatchObject([{ type: 'customer.created' }]);
  });

  it('processes one of two simultaneous deliveries of the same event', async () => {
    const subscription = stripe.create(fields());
    const event = eventOf('customer.subscription.updated', subscription);
    const outcomes = await Promise.all([deliver(event), deliver(event)]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['duplicate', 'processed']);
    expect(await receipts(event.id)).toHaveLength(1);
  });
});

describe('handlers converge on Stripe', () => {
  it('checkout.session.completed stores the subscription as Stripe has it', async () => {
    const subscription = stripe.create(fields({ quantity: 4 }));
    const session = stripe.checkoutSession(subscription.id, subscription.customer, p.practice.id);
    expect(await deliver(eventOf('checkout.session.completed', session))).toMatchObject({ sync: 'synced' });
    expect(await row()).toMatchObject({
      stripeSubscriptionId: subscription.id,
      plan: 'group',
      status: 'active',
      seats: 4,
      trialEndsAt: null,
      currentPeriodEnd: new Date((nowS + 29 * DAY) * 1000),
      cancelAtPeriodEnd: false,
      pastDueSince: null,
    });
  });

  it('customer.subscription.created reads Stripe, not the event snapshot', async () => {
    const subscription = stripe.create(fields({ price: priceIdOf('solo'), quantity: 1, status: 'trialing' }));
    const event = eventOf('customer.subscription.created', subscription);
    stripe.update(subscription.id, { status: 'active', quantity: 1, trialEnd: nowS - 60 });
    await deliver(event);
    expect(await row()).toMatchObject({
      plan: 'solo',
      status: 'active',
      seats: 1,
      trialEndsAt: new Date((nowS - 60) * 1000),
    });
  });

  it('customer.subscription.updated: seats and cancel at period end', async () => {
    const subscription = stripe.create(fields());
    await deliver(eventOf('customer.subscription.created', subscription));
    const updated = stripe.update(subscription.id, { quantity: 6, cancelAtPeriodEnd: true });
    await deliver(eventOf('customer.subscription.updated', updated));
    expect(await row()).toMatchObject({ seats: 6, cancelAtPeriodEnd: true, status: 'active' });
  });

  it('customer.subscription.deleted: canceled, also when Stripe no longer has it at all', async () => {
    const subscription = stripe.create(fields());
    await deliver(eventOf('customer.subscription.created', subscription));
    const canceled = stripe.update(subscription.id, { status: 'canceled' });
    await deliver(eventOf('customer.subscription.deleted', canceled));
    expect(await row()).toMatchObject({ status: 'canceled', seats: 3 });

    const other = await makePractice(t.db);
    const gone = stripe.create(fields({ practiceId: other.practice.id }));
    await deliver(eventOf('customer.subscription.created', gone));
    stripe.forget(gone.id);
    expect(await deliver(eventOf('customer.subscription.deleted', gone))).toMatchObject({ sync: 'gone' });
    const [otherRow] = await t.db
      .select()
      .from(practiceSubscriptions)
      .where(eq(practiceSubscriptions.practiceId, other.practice.id));
    expect(otherRow).toMatchObject({ status: 'canceled', cancelAtPeriodEnd: false, pastDueSince: null });
  });

  it('invoice.payment_failed starts past due once; invoice.paid ends it', async () => {
    const subscription = stripe.create(fields());
    await deliver(eventOf('customer.subscription.created', subscription));
    stripe.update(subscription.id, { status: 'past_due' });
    const open = stripe.invoice(subscription.id, subscription.customer, 'open');
    await deliver(eventOf('invoice.payment_failed', open));
    expect(await row()).toMatchObject({ status: 'past_due', pastDueSince: NOW });
    // A retry that fails again days later does not restart the grace period.
    const later = new Date(NOW.getTime() + 3 * DAY * 1000);
    await deliver(eventOf('invoice.payment_failed', open), { now: later });
    expect(await row()).toMatchObject({ status: 'past_due', pastDueSince: NOW });
    stripe.update(subscription.id, { status: 'active' });
    await deliver(eventOf('invoice.paid', { ...open, status: 'paid' }), { now: later });
    expect(await row()).toMatchObject({ status: 'active', pastDueSince: null });
  });

  it('an invoice event from an endpoint on an older API version (no parent) still syncs its subscription', async () => {
    const subscription = stripe.create(fields());
    await deliver(eventOf('customer.subscription.created', subscription));
    stripe.update(subscription.id, { status: 'past_due' });
    const open = stripe.invoice(subscription.id, subscription.customer, 'open');
    const old = asLegacyInvoice(open);
    expect(old).not.toHaveProperty('parent');
    const failed = eventOf('invoice.payment_failed', old, LEGACY_API_VERSION);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(await deliver(failed)).toMatchObject({ sync: 'synced', emailed: 2 });
      expect(await row()).toMatchObject({
        status: 'past_due',
        pastDueSince: NOW,
        stripeApiVersionMismatch: LEGACY_API_VERSION,
        stripeApiVersionMismatchAt: NOW,
      });
      // Loud in the log, with ids and versions only: nothing about the practice or its people.
      expect(warn).toHaveBeenCalledTimes(1);
      const line = String(warn.mock.calls[0]![0]);
      expect(line).toContain(failed.id);
      expect(line).toContain(`API version ${LEGACY_API_VERSION}, not ${Stripe.API_VERSION}`);
      for (const secret of [p.practice.id, p.practice.name, p.owner.user.email, subscription.customer])
        expect(line).not.toContain(secret);
    } finally {
      warn.mockRestore();
    }
    stripe.update(subscription.id, { status: 'active' });
    const paid = eventOf('invoice.paid', { ...old, status: 'paid', paid: true }, LEGACY_API_VERSION);
    const later = new Date(NOW.getTime() + DAY * 1000);
    expect(await deliver(paid, { now: later })).toMatchObject({ sync: 'synced' });
    expect(await row()).toMatchObject({
      status: 'active',
      pastDueSince: null,
      stripeApiVersionMismatchAt: later,
    });
  });

  it('an event in the pinned API version after a mismatch clears the notice', async () => {
    const subscription = stripe.create(fields());
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await deliver(eventOf('customer.subscription.created', subscription, LEGACY_API_VERSION));
    warn.mockRestore();
    expect(await row()).toMatchObject({ stripeApiVersionMismatch: LEGACY_API_VERSION });
    await deliver(eventOf('customer.subscription.updated', subscription));
    expect(await row()).toMatchObject({ stripeApiVersionMismatch: null, stripeApiVersionMismatchAt: null });
  });

  it('finds the practice by its Stripe customer when the subscription carries no practice id', async () => {
    const customer = `cus_${randomBytes(6).toString('hex')}`;
    await t.db.insert(billingCustomers).values({ practiceId: p.practice.id, stripeCustomerId: customer });
    const subscription = stripe.create(fields({ practiceId: undefined, customer }));
    await deliver(eventOf('invoice.paid', stripe.invoice(subscription.id, customer, 'paid')));
    expect(await row()).toMatchObject({ stripeSubscriptionId: subscription.id, status: 'active' });
  });

  it('records and ignores an event for a practice Ninefold does not know', async () => {
    const subscription = stripe.create(fields({ practiceId: '00000000-0000-4000-8000-00000000dead' }));
    const event = eventOf('customer.subscription.updated', subscription);
    expect(await deliver(event)).toMatchObject({
      kind: 'processed',
      sync: 'unknown-practice',
      practiceId: null,
    });
    expect(await receipts(event.id)).toHaveLength(1);
    const rows = await t.db
      .select()
      .from(practiceSubscriptions)
      .where(eq(practiceSubscriptions.stripeSubscriptionId, subscription.id));
    expect(rows).toEqual([]);
  });

  it('a late event of an ended subscription does not replace the live one that followed it', async () => {
    const first = stripe.create(fields({ created: nowS - 60 * DAY }));
    await deliver(eventOf('customer.subscription.created', first));
    const second = stripe.create(fields({ created: nowS - DAY, quantity: 8, customer: first.customer }));
    await deliver(eventOf('customer.subscription.created', second));
    const ended = stripe.update(first.id, { status: 'canceled' });
    expect(await deliver(eventOf('customer.subscription.deleted', ended))).toMatchObject({
      sync: 'superseded',
    });
    expect(await row()).toMatchObject({ stripeSubscriptionId: second.id, status: 'active', seats: 8 });
  });

  it('a read that began before the stored one changes nothing (a slow sync never rolls the row back)', async () => {
    const subscription = stripe.create(fields({ quantity: 4 }));
    const later = new Date(NOW.getTime() + 60_000);
    await deliver(eventOf('customer.subscription.updated', subscription), { now: later });
    // What a slower delivery read from Stripe before the one above: an older state.
    stripe.update(subscription.id, { quantity: 2 });
    expect(await deliver(eventOf('customer.subscription.created', subscription))).toMatchObject({
      kind: 'processed',
      sync: 'stale',
    });
    expect(await row()).toMatchObject({ seats: 4, updatedAt: later });
  });

  it('concurrent events for one practice end on Stripe’s latest state', async () => {
    const subscription = stripe.create(fields());
    await deliver(eventOf('customer.subscription.created', subscription));
    stripe.update(subscription.id, { quantity: 9, cancelAtPeriodEnd: true });
    const events = [
      eventOf('customer.subscription.updated', subscription),
      eventOf('invoice.paid', stripe.invoice(subscription.id, subscription.customer, 'paid')),
      eventOf(
        'checkout.session.completed',
        stripe.checkoutSession(subscription.id, subscription.customer, 'x'),
      ),
    ];
    await Promise.all(events.map((e) => deliver(e)));
    expect(await row()).toMatchObject({ seats: 9, cancelAtPeriodEnd: true });
  });
});

describe('billing emails', () => {
  it('invoice.payment_failed mails each active owner and admin once, from the practice', async () => {
    const extraAdmin = await makeMember(t.db, p.practice.id, 'admin');
    await t.db
      .update(memberships)
      .set({ status: 'deactivated' })
      .where(and(eq(memberships.practiceId, p.practice.id), eq(memberships.id, extraAdmin.membership.id)));
    const subscription = stripe.create(fields({ status: 'past_due' }));
    const event = eventOf(
      'invoice.payment_failed',
      stripe.invoice(subscription.id, subscription.customer, 'open'),
    );
    expect(await deliver(event)).toMatchObject({ emailed: 2 });
    await deliver(event);
    const sent = await mail();
    expect(sent.map((m) => m.to).sort()).toEqual([p.owner.user.email, p.admin.user.email].sort());
    expect(sent.every((m) => m.template === 'payment-failed' && m.sender === p.practice.name)).toBe(true);
  });

  it('sends no payment-failed mail when Stripe has collected the payment since', async () => {
    const subscription = stripe.create(fields({ status: 'active' }));
    const event = eventOf(
      'invoice.payment_failed',
      stripe.invoice(subscription.id, subscription.customer, 'open'),
    );
    expect(await deliver(event)).toMatchObject({ kind: 'processed', emailed: 0 });
    expect(await mail()).toEqual([]);
  });

  it('customer.subscription.trial_will_end mails owners and admins the end date, once', async () => {
    const trialEnd = nowS + 3 * DAY;
    const subscription = stripe.create(fields({ status: 'trialing', trialEnd, periodEnd: trialEnd }));
    const event = eventOf('customer.subscription.trial_will_end', subscription);
    expect(await deliver(event)).toMatchObject({ emailed: 2, sync: 'synced' });
    await deliver(event);
    const [message] = await t.db
      .select()
      .from(emailOutbox)
      .where(
        and(eq(emailOutbox.senderPracticeId, p.practice.id), eq(emailOutbox.toEmail, p.owner.user.email)),
      );
    expect(message?.template).toBe('trial-ending');
    expect(message?.subject).toContain('November 28, 2026');
    expect(message?.text).toContain(`/p/${p.practice.id}/billing`);
    expect(await mail()).toHaveLength(2);
    expect(await row()).toMatchObject({ status: 'trialing', trialEndsAt: new Date(trialEnd * 1000) });
  });

  it('sends no trial-ending mail once the trial has ended', async () => {
    const subscription = stripe.create(fields({ status: 'active', trialEnd: nowS - DAY }));
    await deliver(eventOf('customer.subscription.trial_will_end', subscription));
    expect(await mail()).toEqual([]);
  });
});
