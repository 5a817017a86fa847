// One subscription's life as Stripe lives it, step by step: Stripe's subscription after each step
// and the events the step sends. Checkout, a seat change, a failed renewal (past due), its recovery,
// cancel at period end, and the end.
import { priceIdOf } from '@/server/billing/plan-prices';
import { DAY, eventOf, InMemoryStripe, type TestEvent } from './stripe-objects';

type LifeStep = { name: string; events: TestEvent[]; subscription: object };

export function subscriptionLife(practiceId: string, startSeconds: number) {
  const stripe = new InMemoryStripe();
  const customer = `cus_life_${practiceId.slice(0, 8)}`;
  const steps: LifeStep[] = [];
  const sub = stripe.create({
    practiceId,
    customer,
    price: priceIdOf('group'),
    quantity: 3,
    status: 'active',
    created: startSeconds,
    periodEnd: startSeconds + 30 * DAY,
  });
  const step = (name: string, events: TestEvent[]) =>
    steps.push({ name, events, subscription: structuredClone(stripe.subscriptions.get(sub.id)!) });
  const now = () => stripe.subscriptions.get(sub.id)!;

  step('checkout', [
    eventOf('checkout.session.completed', stripe.checkoutSession(sub.id, customer, practiceId)),
    eventOf('customer.subscription.created', now()),
    eventOf('invoice.paid', stripe.invoice(sub.id, customer, 'paid')),
  ]);
  stripe.update(sub.id, { quantity: 5 });
  step('seats', [eventOf('customer.subscription.updated', now())]);
  stripe.update(sub.id, { status: 'past_due', periodEnd: startSeconds + 60 * DAY });
  const renewal = stripe.invoice(sub.id, customer, 'open');
  step('payment failed', [
    eventOf('invoice.payment_failed', renewal),
    eventOf('customer.subscription.updated', now()),
  ]);
  stripe.update(sub.id, { status: 'active' });
  step('recovered', [
    eventOf('invoice.paid', { ...renewal, status: 'paid' }),
    eventOf('customer.subscription.updated', now()),
  ]);
  stripe.update(sub.id, { cancelAtPeriodEnd: true });
  step('cancel at period end', [eventOf('customer.subscription.updated', now())]);
  stripe.update(sub.id, { status: 'canceled', cancelAtPeriodEnd: false });
  step('ended', [eventOf('customer.subscription.deleted', now())]);
  return { subscriptionId: sub.id, customer, steps, stripe };
}
