// A deleted subscription is still retrievable (status canceled); one Stripe no longer has is marked canceled.
import { syncFromEvent } from './sync-from-event';
import type { Handler } from './types';

export const customerSubscriptionDeleted: Handler<'customer.subscription.deleted'> = async (
  tx,
  event,
  deps,
) => {
  const subscription = event.data.object;
  return (await syncFromEvent(tx, { subscription, customer: subscription.customer }, deps)).result;
};
