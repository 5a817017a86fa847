// Billing: each practice's subscription as Stripe last reported it, and the Stripe events already
// handled. Only the Stripe webhook writes subscription state (server/billing); the app reads it to
// decide what a practice may do. A practice without a row is in its free trial.
import { sql } from 'drizzle-orm';
import { boolean, check, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { billingPlan, subscriptionStatus } from './enums';
import { practices } from './practices';

export const practiceSubscriptions = pgTable(
  'practice_subscriptions',
  {
    practiceId: uuid('practice_id')
      .primaryKey()
      .references(() => practices.id, { onDelete: 'cascade' }),
    stripeSubscriptionId: text('stripe_subscription_id').unique(),
    plan: billingPlan('plan'),
    status: subscriptionStatus('status').notNull(),
    /** Counselor seats bought (the subscription's quantity). */
    seats: integer('seats').notNull(),
    trialEndsAt: timestamp('trial_ends_at', { withTimezone: true }),
    currentPeriodEnd: timestamp('current_period_end', { withTimezone: true }),
    cancelAtPeriodEnd: boolean('cancel_at_period_end').notNull().default(false),
    /** When the subscription last became past due: the grace period runs from here. */
    pastDueSince: timestamp('past_due_since', { withTimezone: true }),
    /**
     * The API version of this practice's latest Stripe event, when it was not the one the stripe
     * library pins (the webhook endpoint is set up wrong); null again once an event in the pinned
     * version follows. Shown to owners and admins on the billing page.
     */
    stripeApiVersionMismatch: text('stripe_api_version_mismatch'),
    stripeApiVersionMismatchAt: timestamp('stripe_api_version_mismatch_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('practice_subscriptions_seats_positive', sql`${t.seats} >= 1`)],
);

/**
 * The Stripe customer that is the practice itself: no person or health information goes to Stripe.
 * Made by the first checkout; kept apart from the subscription, which only the webhook writes.
 */
export const billingCustomers = pgTable('billing_customers', {
  practiceId: uuid('practice_id')
    .primaryKey()
    .references(() => practices.id, { onDelete: 'cascade' }),
  stripeCustomerId: text('stripe_customer_id').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Stripe events already handled, by id: a redelivered event changes nothing. */
export const stripeEvents = pgTable('stripe_events', {
  id: text('id').primaryKey(),
  type: text('type').notNull(),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The local Stripe stand-in's objects (customers, checkout sessions, subscriptions, invoices), as
 * Stripe's JSON: used by `npm run dev`, tests and e2e when STRIPE_SECRET_KEY is unset. Never in
 * production.
 */
export const devStripeObjects = pgTable('dev_stripe_objects', {
  id: text('id').primaryKey(),
  object: text('object').notNull(),
  data: jsonb('data').$type<Record<string, unknown>>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
