// Stripe's Customer Portal, where an owner or admin updates the card, sees invoices, changes
// seats or cancels. Changes come back through the webhook, never from here.

import { env } from '@/server/env';
import { AppError } from '@/server/errors';
import type { BillingScope } from './billing-scope';
import { loadPracticeBillingState } from './practice-billing-state';

export async function openBillingPortal(scope: BillingScope) {
  const { practiceId } = scope.actor;
  const state = await scope.inTenant((tx) => loadPracticeBillingState(tx, practiceId));
  if (!state.stripeCustomerId)
    throw new AppError('BAD_REQUEST', 'There is no subscription to manage yet: choose a plan first.');
  const session = await scope.stripe.billingPortal.sessions.create({
    customer: state.stripeCustomerId,
    return_url: `${env().appUrl}/p/${practiceId}/billing`,
  });
  return { url: session.url };
}
