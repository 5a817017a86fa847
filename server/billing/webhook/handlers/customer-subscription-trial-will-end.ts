// Stripe's three-day notice before a trial ends: tell the owners and admins when, unless the trial has
// already ended or been paid for by the time the event arrives.
import { emailBillingContacts } from '../email-billing-contacts';
import { type Handler, refOf } from './types';

export const customerSubscriptionTrialWillEnd: Handler<'customer.subscription.trial_will_end'> = async (
  event,
) => {
  const subscription = event.data.object;
  return {
    subscription: refOf(subscription, subscription.customer),
    notify: async (tx, { practiceId, subscription: now }, eventId) => {
      if (now.status !== 'trialing' || now.trial_end == null) return 0;
      const trialEndsAt = new Date(now.trial_end * 1000);
      return emailBillingContacts(tx, {
        practiceId,
        eventId,
        email: { template: 'trial-ending', trialEndsAt },
      });
    },
  };
};
