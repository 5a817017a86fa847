// Starts a subscription: Stripe Checkout in subscription mode, one line for the plan with the
// seats as its quantity. The practice is the Stripe customer (its name, nothing about a person).
import { z } from 'zod';
import { priceIdOf } from '@/server/billing/plan-prices';
import { PLAN_IDS, PLANS } from '@/server/billing/plans';
import { env } from '@/server/env';
import { AppError } from '@/server/errors';
import { recordAudit } from '../audit/record-audit';
import type { BillingScope } from './billing-scope';
import { ensureStripeCustomer } from './ensure-stripe-customer';
import { loadPracticeBillingState } from './practice-billing-state';

export const ZStartCheckoutInput = z.object({
  plan: z.enum(PLAN_IDS as ['solo', 'group']),
  seats: z.number().int().min(1).max(200),
});

const LIVE = new Set(['active', 'trialing', 'past_due', 'incomplete']);

export async function startCheckout(scope: BillingScope, input: z.infer<typeof ZStartCheckoutInput>) {
  const plan = PLANS[input.plan];
  if (input.seats < plan.minSeats || input.seats > plan.maxSeats)
    throw new AppError(
      'BAD_REQUEST',
      plan.minSeats === plan.maxSeats
        ? `${plan.name} is for exactly ${plan.minSeats} counselor.`
        : `${plan.name} takes between ${plan.minSeats} and ${plan.maxSeats} seats.`,
    );
  const state = await scope.inTenant((tx) => loadPracticeBillingState(tx, scope.actor.practiceId));
  if (state.subscription?.stripeSubscriptionId && LIVE.has(state.subscription.status))
    throw new AppError(
      'BAD_REQUEST',
      'The practice already has a subscription: change it with Manage billing.',
    );
  if (input.seats < state.seatsUsed)
    throw new AppError(
      'BAD_REQUEST',
      `Your team already fills ${state.seatsUsed} seats: choose at least ${state.seatsUsed}, or deactivate someone first.`,
    );
  const customerId = await ensureStripeCustomer(scope, state.stripeCustomerId);
  const practiceId = scope.actor.practiceId;
  const billingUrl = `${env().appUrl}/p/${practiceId}/billing`;
  const session = await scope.stripe.checkout.sessions.create({
    mode: 'subscription',
    customer: customerId,
    client_reference_id: practiceId,
    line_items: [{ price: priceIdOf(input.plan), quantity: input.seats }],
    metadata: { practiceId },
    subscription_data: { metadata: { practiceId } },
    success_url: `${billingUrl}?checkout=done`,
    cancel_url: `${billingUrl}?checkout=cancelled`,
  });
  if (!session.url) throw new Error('Stripe returned a checkout session without a URL');
  await scope.inTenant((tx) =>
    recordAudit(tx, scope.actor, {
      action: 'billing.checkout-started',
      targetType: 'practice',
      targetId: practiceId,
      metadata: { plan: input.plan, seats: input.seats },
    }),
  );
  return { url: session.url };
}
