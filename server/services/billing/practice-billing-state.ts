// What the practice's own rows say about its billing: the subscription as the webhook last wrote
// it (none during the free trial), its Stripe customer, and the seats its staff fill.
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { billingCustomers, practiceSubscriptions, practices } from '@/db/schema';
import { countStaffSeatsUsed } from '@/server/billing/entitlements/staff-seats';
import { TRIAL_DAYS, TRIAL_SEATS } from '@/server/billing/plans';

const DAY_MS = 86_400_000;

export async function loadPracticeBillingState(tx: Tx, practiceId: string) {
  const [[subscription], [customer], [practice], seatsUsed] = await Promise.all([
    tx.select().from(practiceSubscriptions).where(eq(practiceSubscriptions.practiceId, practiceId)),
    tx.select().from(billingCustomers).where(eq(billingCustomers.practiceId, practiceId)),
    tx.select({ createdAt: practices.createdAt }).from(practices).where(eq(practices.id, practiceId)),
    countStaffSeatsUsed(tx, practiceId),
  ]);
  const createdAt = practice?.createdAt ?? new Date();
  return {
    subscription: subscription ?? null,
    stripeCustomerId: customer?.stripeCustomerId ?? null,
    seatsUsed,
    /** The free trial, for a practice that has never subscribed. */
    trial: { endsAt: new Date(createdAt.getTime() + TRIAL_DAYS * DAY_MS), seats: TRIAL_SEATS },
  };
}
