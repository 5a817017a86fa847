// Each plan's Stripe price, from the environment (server/env.ts), so test and live prices never
// mix in code.
import { env } from '../env';
import { PLAN_IDS, type PlanId } from './plans';

export const priceIdOf = (plan: PlanId) => env().billing.prices[plan];

/** The plan a Stripe price belongs to, or null for a price Ninefold does not sell. */
export function planOfPrice(priceId: string): PlanId | null {
  return PLAN_IDS.find((plan) => priceIdOf(plan) === priceId) ?? null;
}
