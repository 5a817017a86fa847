// A Stripe subscription as the row practice_subscriptions keeps of it. Read through zod: the webhook
// trusts Stripe's signature, not the shape of what a stand-in or a new API version returns.
import { z } from 'zod';
import { type practiceSubscriptions, subscriptionStatus } from '@/db/schema';
import { planOfPrice } from '../plan-prices';
import type { PlanId } from '../plans';

const ZId = z
  .union([z.string(), z.object({ id: z.string() })])
  .transform((v) => (typeof v === 'string' ? v : v.id));

const ZSubscription = z.object({
  id: z.string().min(1),
  status: z.enum(subscriptionStatus.enumValues),
  customer: ZId,
  metadata: z.record(z.string(), z.string()).nullish(),
  created: z.number().int(),
  trial_end: z.number().int().nullish(),
  cancel_at_period_end: z.boolean(),
  items: z.object({
    data: z.array(
      z.object({
        price: z.object({ id: z.string() }),
        quantity: z.number().int().nullish(),
        // On the item since Stripe API 2025-03-31 (was on the subscription before).
        current_period_end: z.number().int().nullish(),
      }),
    ),
  }),
});
export type TSubscription = z.infer<typeof ZSubscription>;

export const readSubscription = (subscription: unknown): TSubscription => ZSubscription.parse(subscription);

type Status = TSubscription['status'];
type Row = typeof practiceSubscriptions.$inferSelect;
type SubscriptionState = Omit<
  Row,
  'practiceId' | 'updatedAt' | 'stripeApiVersionMismatch' | 'stripeApiVersionMismatchAt'
>;

/** Over for good: nothing more will be billed on it. */
const hasEnded = (status: Status) => status === 'canceled' || status === 'incomplete_expired';

const fromUnix = (seconds: number | null | undefined) => (seconds == null ? null : new Date(seconds * 1000));

/**
 * The row for this subscription. `previous` is the practice's row before this sync: past_due_since is
 * kept while the same subscription stays past due, so the grace period does not restart.
 */
export function subscriptionState(
  subscription: TSubscription,
  previous: Pick<Row, 'stripeSubscriptionId' | 'status' | 'pastDueSince'> | undefined,
  now: Date,
): SubscriptionState {
  const items = subscription.items.data;
  const item = items.find((i) => planOfPrice(i.price.id) !== null) ?? items[0];
  const plan: PlanId | null = item ? planOfPrice(item.price.id) : null;
  const stillPastDue =
    previous?.stripeSubscriptionId === subscription.id &&
    previous.status === 'past_due' &&
    previous.pastDueSince;
  return {
    stripeSubscriptionId: subscription.id,
    plan,
    status: subscription.status,
    seats: Math.max(1, item?.quantity ?? 1),
    trialEndsAt: fromUnix(subscription.trial_end),
    currentPeriodEnd: fromUnix(item?.current_period_end),
    cancelAtPeriodEnd: subscription.cancel_at_period_end,
    pastDueSince: subscription.status !== 'past_due' ? null : stillPastDue ? previous.pastDueSince : now,
  };
}

/**
 * When a practice has had two subscriptions, the one its row should show: a live one over an ended
 * one, then the newer. Decided from Stripe's state alone, so the order of events cannot change it.
 */
export function preferred(a: TSubscription, b: TSubscription): TSubscription {
  const rank = (s: TSubscription) => [hasEnded(s.status) ? 0 : 1, s.created] as const;
  const [ra, rb] = [rank(a), rank(b)];
  if (ra[0] !== rb[0]) return ra[0] > rb[0] ? a : b;
  if (ra[1] !== rb[1]) return ra[1] > rb[1] ? a : b;
  return a.id > b.id ? a : b;
}
