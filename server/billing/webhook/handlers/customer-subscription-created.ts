import { type Handler, refOf } from './types';

export const customerSubscriptionCreated: Handler<'customer.subscription.created'> = async (event) => {
  const subscription = event.data.object;
  return { subscription: refOf(subscription, subscription.customer) };
};
