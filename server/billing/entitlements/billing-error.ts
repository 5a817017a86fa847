// The refusals billing causes. They are FORBIDDEN like any other refusal, and carry a reason the
// UI can read (error.data.billing) to point an owner or admin to the billing page.
import { AppError } from '../../errors';

export type BillingRefusal = 'read-only' | 'no-seats';

export class BillingError extends AppError {
  constructor(
    readonly reason: BillingRefusal,
    message: string,
  ) {
    super('FORBIDDEN', message);
    this.name = 'BillingError';
  }
}

/** Clients only learn that saving is paused; who pays for the practice is not their concern. */
export function readOnlyError(audience: 'staff' | 'client'): BillingError {
  return new BillingError(
    'read-only',
    audience === 'client'
      ? 'Your practice is read-only for now, so changes cannot be saved. Everything you wrote is still here.'
      : "This practice's subscription has ended, so Ninefold is read-only. An owner or admin can restart it under Billing.",
  );
}

export function noSeatsError(seats: number): BillingError {
  const count = seats === 1 ? 'its 1 seat' : `all ${seats} seats`;
  return new BillingError(
    'no-seats',
    `The practice's staff already fill ${count}. An owner or admin can add seats under Billing, or deactivate a member first.`,
  );
}

export function billingRefusalOf(error: unknown): BillingRefusal | null {
  return error instanceof BillingError ? error.reason : null;
}
