// What a practice may do, decided from its subscription as the Stripe webhook last wrote it. Pure:
// the same row and the same instant always give the same answer, so every status and boundary is
// unit-tested without a database (practice-access.test.ts).
//
//   no row (free trial)          full until created_at + TRIAL_DAYS, then read-only; TRIAL_SEATS seats
//   incomplete                   as if no row: the trial goes on; read-only once it is over
//   trialing, active             full
//   past_due                     full for 7 days from past_due_since (banner), read-only from then on
//   canceled, unpaid, paused,
//   incomplete_expired           read-only
//
// Read-only: every query answers, mutations are refused (read-only-allowlist.ts says which stay
// open). Seats: the quantity bought, at most the plan's maximum (Solo: 1).
import type { subscriptionStatus } from '@/db/schema/enums';
import { PLANS, type PlanId, TRIAL_DAYS, TRIAL_SEATS } from '../plans';

export type SubscriptionStatus = (typeof subscriptionStatus.enumValues)[number];

const DAY_MS = 86_400_000;
/** A failed payment leaves the practice in full use this long before it turns read-only. */
export const PAST_DUE_GRACE_DAYS = 7;

export const ACCESS_LEVELS = ['full', 'read-only'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

/** Why the practice has the access it has: what a banner or billing page explains. */
export const ACCESS_REASONS = [
  'trial',
  'trial-ended',
  'active',
  'past-due-grace',
  'past-due-ended',
  'canceled',
  'unpaid',
  'incomplete-expired',
  'paused',
] as const;
export type AccessReason = (typeof ACCESS_REASONS)[number];

export type PracticeAccess = {
  level: AccessLevel;
  reason: AccessReason;
  /** Staff members (owner, admin, counselor) who may be active at once. */
  seats: number;
  /** When full use ends unless a payment arrives (trial end, end of the grace period); null if no date. */
  readOnlyFrom: Date | null;
};

export type SubscriptionRow = {
  status: SubscriptionStatus;
  plan: PlanId | null;
  seats: number;
  pastDueSince: Date | null;
  /** When the webhook last wrote the row: the grace period's start if past_due_since is missing. */
  updatedAt: Date;
};

type BillingFacts = { practiceCreatedAt: Date; subscription: SubscriptionRow | null };

export function practiceAccessOf(
  { practiceCreatedAt, subscription }: BillingFacts,
  now: Date,
): PracticeAccess {
  // No row: the free trial. `incomplete` is a first payment still in progress (a card that needs
  // confirming, at most 23 hours at Stripe): nothing is paid yet, so the trial it replaces goes on,
  // and once the trial is over the practice stays read-only until Stripe reports the payment.
  if (!subscription || subscription.status === 'incomplete') return trialAccess(practiceCreatedAt, now);
  const seats = seatsOf(subscription);
  switch (subscription.status) {
    case 'trialing':
    case 'active':
      return { level: 'full', reason: 'active', seats, readOnlyFrom: null };
    case 'past_due': {
      const since = subscription.pastDueSince ?? subscription.updatedAt;
      const graceEnds = new Date(since.getTime() + PAST_DUE_GRACE_DAYS * DAY_MS);
      return now < graceEnds
        ? { level: 'full', reason: 'past-due-grace', seats, readOnlyFrom: graceEnds }
        : { level: 'read-only', reason: 'past-due-ended', seats, readOnlyFrom: graceEnds };
    }
    case 'canceled':
      return readOnly('canceled', seats);
    case 'unpaid':
      return readOnly('unpaid', seats);
    case 'incomplete_expired':
      return readOnly('incomplete-expired', seats);
    case 'paused':
      return readOnly('paused', seats);
    default:
      return unreachable(subscription.status);
  }
}

function trialEndOf(practiceCreatedAt: Date): Date {
  return new Date(practiceCreatedAt.getTime() + TRIAL_DAYS * DAY_MS);
}

function trialAccess(practiceCreatedAt: Date, now: Date): PracticeAccess {
  const ends = trialEndOf(practiceCreatedAt);
  return now < ends
    ? { level: 'full', reason: 'trial', seats: TRIAL_SEATS, readOnlyFrom: ends }
    : { level: 'read-only', reason: 'trial-ended', seats: TRIAL_SEATS, readOnlyFrom: ends };
}

/** The seats bought, never more than the plan allows (Solo is one person, whatever the quantity). */
function seatsOf({ plan, seats }: SubscriptionRow): number {
  return plan ? Math.min(seats, PLANS[plan].maxSeats) : seats;
}

function readOnly(reason: AccessReason, seats: number): PracticeAccess {
  return { level: 'read-only', reason, seats, readOnlyFrom: null };
}

function unreachable(status: never): never {
  throw new Error(`unknown subscription status ${String(status)}`);
}
