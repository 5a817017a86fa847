// What Ninefold sells: a plan per practice, priced per counselor seat. The Stripe price of each plan
// comes from the environment (server/env.ts), so test and live prices never mix in code.
import { env } from '../env';

export const TRIAL_DAYS = 14;
/** Seats a practice may fill during its trial, before it has bought any. */
export const TRIAL_SEATS = 5;

export const PLANS = {
  solo: { name: 'Solo', summary: 'One counselor', minSeats: 1, maxSeats: 1, monthlyUsdPerSeat: 59 },
  group: {
    name: 'Group',
    summary: 'A team, paid per counselor seat',
    minSeats: 2,
    maxSeats: 200,
    monthlyUsdPerSeat: 49,
  },
} as const;

export type PlanId = keyof typeof PLANS;
export const PLAN_IDS = Object.keys(PLANS) as PlanId[];

export const priceIdOf = (plan: PlanId) => env().billing.prices[plan];

/** The plan a Stripe price belongs to, or null for a price Ninefold does not sell. */
export function planOfPrice(priceId: string): PlanId | null {
  return PLAN_IDS.find((plan) => priceIdOf(plan) === priceId) ?? null;
}
