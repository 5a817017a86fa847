// Stripe's three-day notice before a trial ends: tell the owners and admins when, unless the trial has
// already ended or been paid for by the time the event arrives.
import { emailBillingContacts } from '../email-billing-contacts';
import { syncFromEvent } from './sync-from-event';
import type { Handler } from './types';

export const customerSubscriptionTrialWillEnd: Handler<'customer.subscription.trial_will_end'> = async (
  tx,
  event,
  deps,
) => {
  const subscription = event.data.object;
  const { outcome, result } = await syncFromEvent(
    tx,
    { subscription, customer: subscription.customer },
    deps,
  );
  if (outcome?.kind !== 'synced') return result;
  const { status, trial_end: trialEnd } = outcome.subscription;
  if (status !== 'trialing' || trialEnd == null) return result;
  const emailed = await emailBillingContacts(tx, {
    practiceId: outcome.practiceId,
    eventId: event.id,
    email: { template: 'trial-ending', trialEndsAt: new Date(trialEnd * 1000) },
  });
  return { ...result, emailed };
};
