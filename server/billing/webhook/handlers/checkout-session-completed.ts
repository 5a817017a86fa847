// A paid (or trial-started) Checkout in subscription mode: the subscription it created.
import { type Handler, refOf } from './types';

export const checkoutSessionCompleted: Handler<'checkout.session.completed'> = (event) => {
  const session = event.data.object;
  return { subscription: refOf(session.subscription, session.customer) };
};
