// The two prices the stand-in sells, matching the plan catalogue's local defaults
// (server/billing/plans.ts): per seat, monthly, in US cents.
import { LocalStripeError } from './errors';
import type { StripeObject } from './store';

const CREATED = 1_767_225_600; // 2026-01-01: fixed, so the objects never change between runs.

const CATALOGUE: Record<string, { product: string; name: string; unitAmount: number }> = {
  price_local_solo: { product: 'prod_local_solo', name: 'Ninefold Solo', unitAmount: 5900 },
  price_local_group: { product: 'prod_local_group', name: 'Ninefold Group', unitAmount: 4900 },
};

export function findPrice(id: string): (StripeObject & { unit_amount: number; product: string }) | null {
  const entry = CATALOGUE[id];
  if (!entry) return null;
  return {
    id,
    object: 'price',
    active: true,
    billing_scheme: 'per_unit',
    created: CREATED,
    currency: 'usd',
    custom_unit_amount: null,
    livemode: false,
    lookup_key: null,
    metadata: {},
    nickname: entry.name,
    product: entry.product,
    recurring: {
      interval: 'month',
      interval_count: 1,
      meter: null,
      trial_period_days: null,
      usage_type: 'licensed',
    },
    tax_behavior: 'unspecified',
    tiers_mode: null,
    transform_quantity: null,
    type: 'recurring',
    unit_amount: entry.unitAmount,
    unit_amount_decimal: String(entry.unitAmount),
  };
}

export function getPrice(id: string, param = 'price') {
  const price = findPrice(id);
  if (!price)
    throw new LocalStripeError(
      404,
      'invalid_request_error',
      `No such price: '${id}'`,
      'resource_missing',
      param,
    );
  return price;
}

export const productName = (productId: string) =>
  Object.values(CATALOGUE).find((entry) => entry.product === productId)?.name ?? productId;
