// A paid (or trial-started) Checkout in subscription mode: the subscription it created, as the
// session read back from Stripe names it.
import { z } from 'zod';
import { type Handler, refOf, ZExpandable } from './types';

const ZSession = z.object({ subscription: ZExpandable, customer: ZExpandable });

export const checkoutSessionCompleted: Handler<'checkout.session.completed'> = async (event, stripe) => {
  const found = await stripe.checkoutSession(event.data.object.id);
  if (!found) return { subscription: null };
  const session = ZSession.parse(found);
  return { subscription: refOf(session.subscription, session.customer) };
};
