import { PLANS, type PlanId } from '@/server/billing/plans';

/** Each subscription status as an owner would read it. */
export const STATUS_LABELS: Record<string, string> = {
  trial: 'Free trial',
  trialing: 'Trial',
  active: 'Active',
  past_due: 'Payment failed',
  canceled: 'Cancelled',
  unpaid: 'Unpaid',
  incomplete: 'Waiting for the first payment',
  incomplete_expired: 'First payment never completed',
  paused: 'Paused',
};

/** How loudly each status shows: a failed payment is the one to act on. */
export const STATUS_TONES: Record<string, 'neutral' | 'brand' | 'success' | 'warning' | 'danger'> = {
  trial: 'brand',
  trialing: 'brand',
  active: 'success',
  past_due: 'danger',
  canceled: 'neutral',
  unpaid: 'danger',
  incomplete: 'warning',
  incomplete_expired: 'warning',
  paused: 'neutral',
};

export const planName = (plan: PlanId | null) => (plan ? PLANS[plan].name : 'No plan yet');

export function money(cents: number, currency: string) {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(
    cents / 100,
  );
}
