// What Ninefold sells: a plan per practice, priced per counselor seat. Free of server code, so
// the billing page's form can show it; each plan's Stripe price is in plan-prices.ts.

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
