// A deleted subscription is still retrievable (status canceled); one Stripe no longer has is marked canceled.
import { type Handler, refOf } from './types';

export const customerSubscriptionDeleted: Handler<'customer.subscription.deleted'> = async (event) => {
  const subscription = event.data.object;
  return { subscription: refOf(subscription, subscription.customer) };
};
