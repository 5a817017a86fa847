import { syncFromEvent } from './sync-from-event';
import type { Handler } from './types';

export const customerSubscriptionUpdated: Handler<'customer.subscription.updated'> = async (
  tx,
  event,
  deps,
) => {
  const subscription = event.data.object;
  return (await syncFromEvent(tx, { subscription, customer: subscription.customer }, deps)).result;
};
