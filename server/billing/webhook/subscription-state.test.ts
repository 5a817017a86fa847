import { describe, expect, it } from 'vitest';
import { priceIdOf } from '../plan-prices';
import { preferred, readSubscription, subscriptionState } from './subscription-state';
import { subscriptionObject } from './testing/stripe-objects';

const now = new Date('2026-11-25T12:00:00Z');
const sub = (over: Partial<Parameters<typeof subscriptionObject>[1]> = {}, id = 'sub_1') =>
  readSubscription(
    subscriptionObject(id, {
      practiceId: 'p',
      customer: 'cus_1',
      price: priceIdOf('group'),
      quantity: 4,
      status: 'active',
      created: 1_700_000_000,
      periodEnd: 1_800_000_000,
      ...over,
    }),
  );

describe('subscriptionState', () => {
  it('takes plan, seats and the period end from the item', () => {
    expect(subscriptionState(sub(), undefined, now)).toEqual({
      stripeSubscriptionId: 'sub_1',
      plan: 'group',
      status: 'active',
      seats: 4,
      trialEndsAt: null,
      currentPeriodEnd: new Date(1_800_000_000_000),
      cancelAtPeriodEnd: false,
      pastDueSince: null,
    });
  });

  it('leaves the plan empty for a price Ninefold does not sell', () => {
    expect(subscriptionState(sub({ price: 'price_other' }), undefined, now).plan).toBeNull();
  });

  it('starts past due now, keeps its start while it stays past due, and clears it after', () => {
    const pastDue = sub({ status: 'past_due' });
    const first = subscriptionState(pastDue, undefined, now);
    expect(first.pastDueSince).toEqual(now);
    const later = new Date(now.getTime() + 86_400_000);
    const kept = subscriptionState(pastDue, { ...first }, later);
    expect(kept.pastDueSince).toEqual(now);
    // Past due on another subscription does not carry over.
    expect(
      subscriptionState(pastDue, { ...first, stripeSubscriptionId: 'sub_0' }, later).pastDueSince,
    ).toEqual(later);
    expect(subscriptionState(sub(), kept, later).pastDueSince).toBeNull();
  });

  it('refuses a status Stripe does not define', () => {
    expect(() =>
      readSubscription({
        ...subscriptionObject('sub_x', {
          customer: 'c',
          price: 'p',
          quantity: 1,
          status: 'active',
          created: 1,
          periodEnd: 2,
        }),
        status: 'weird',
      }),
    ).toThrow();
  });
});

describe('preferred', () => {
  it('prefers a live subscription, then the newer, whatever the argument order', () => {
    const old = sub({ created: 1 }, 'sub_old');
    const ended = sub({ created: 9, status: 'canceled' }, 'sub_ended');
    const newer = sub({ created: 5 }, 'sub_new');
    expect(preferred(old, ended)).toBe(old);
    expect(preferred(ended, old)).toBe(old);
    expect(preferred(old, newer)).toBe(newer);
    expect(preferred(newer, old)).toBe(newer);
  });
});
