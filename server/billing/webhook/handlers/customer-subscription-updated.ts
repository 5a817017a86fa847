import { type Handler, refOf } from './types';

export const customerSubscriptionUpdated: Handler<'customer.subscription.updated'> = async (event) => {
  const subscription = event.data.object;
  return { subscription: refOf(subscription, subscription.customer) };
};
