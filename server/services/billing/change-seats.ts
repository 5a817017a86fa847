// Buys more seats or gives some back: the subscription's quantity changes at Stripe (prorated),
// and the practice's row follows when Stripe's webhook reports it.
import { z } from 'zod';
import { PLANS } from '@/server/billing/plans';
import { AppError } from '@/server/errors';
import { recordAudit } from '../audit/record-audit';
import type { BillingScope } from './billing-scope';
import { loadPracticeBillingState } from './practice-billing-state';

export const ZChangeSeatsInput = z.object({ seats: z.number().int().min(1).max(200) });

export async function changeSeats(scope: BillingScope, input: z.infer<typeof ZChangeSeatsInput>) {
  const { practiceId } = scope.actor;
  const state = await scope.inTenant((tx) => loadPracticeBillingState(tx, practiceId));
  const subscription = state.subscription;
  if (
    !subscription?.stripeSubscriptionId ||
    !['active', 'trialing', 'past_due'].includes(subscription.status)
  )
    throw new AppError('BAD_REQUEST', 'There is no running subscription to change: choose a plan first.');
  const plan = PLANS[subscription.plan ?? 'group'];
  if (input.seats < plan.minSeats || input.seats > plan.maxSeats)
    throw new AppError(
      'BAD_REQUEST',
      `${plan.name} takes between ${plan.minSeats} and ${plan.maxSeats} seats.`,
    );
  if (input.seats < state.seatsUsed)
    throw new AppError(
      'BAD_REQUEST',
      `Your team fills ${state.seatsUsed} seats: deactivate someone before going below that.`,
    );
  const current = await scope.stripe.subscriptions.retrieve(subscription.stripeSubscriptionId);
  const item = current.items.data[0];
  if (!item) throw new Error('Stripe subscription has no item');
  await scope.stripe.subscriptions.update(
    current.id,
    { items: [{ id: item.id, quantity: input.seats }], proration_behavior: 'create_prorations' },
    { idempotencyKey: `ninefold-seats:${current.id}:${item.quantity}->${input.seats}` },
  );
  await scope.inTenant((tx) =>
    recordAudit(tx, scope.actor, {
      action: 'billing.seats-changed',
      targetType: 'practice',
      targetId: practiceId,
      metadata: { from: item.quantity ?? null, to: input.seats },
    }),
  );
  return { seats: input.seats };
}
