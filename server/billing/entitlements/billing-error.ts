// The refusals billing causes. They are FORBIDDEN like any other refusal, and carry a reason the
// UI can read (error.data.reason) to point an owner or admin to the billing page.

import { AppError } from '@/server/errors';

/** Clients only learn that saving is paused; who pays for the practice is not their concern. */
export function readOnlyError(audience: 'staff' | 'client'): AppError {
  return new AppError(
    'FORBIDDEN',
    audience === 'client'
      ? 'Your practice is read-only for now, so changes cannot be saved. Everything you wrote is still here.'
      : "This practice's subscription has ended, so Ninefold is read-only. An owner or admin can restart it under Billing.",
    'read-only',
  );
}

export function noSeatsError(seats: number): AppError {
  const count = seats === 1 ? 'its 1 seat' : `all ${seats} seats`;
  return new AppError(
    'FORBIDDEN',
    `The practice's staff already fill ${count}. An owner or admin can add seats under Billing, or deactivate a member first.`,
    'no-seats',
  );
}
