// A paid (or trial-started) Checkout in subscription mode: the subscription it created.
import { syncFromEvent } from './sync-from-event';
import type { Handler } from './types';

export const checkoutSessionCompleted: Handler<'checkout.session.completed'> = async (tx, event, deps) => {
  const session = event.data.object;
  return (await syncFromEvent(tx, session, deps)).result;
};
