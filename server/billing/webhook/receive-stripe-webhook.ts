// A Stripe webhook delivery from raw body and signature to an outcome the route turns into a status:
// verified first (nothing is written for a bad or missing signature), then each event id once: its
// receipt and its effect commit together, so a redelivery, or a delivery racing it, changes nothing.
import Stripe from 'stripe';
import type { Db } from '../../../db/client';
import { stripeEvents } from '../../../db/schema';
import { handleEvent } from './handlers';
import { type HandledEventType, type HandlerDeps, type HandlerResult, isHandled } from './handlers/types';

export type StripeWebhookOutcome =
  | { kind: 'rejected'; reason: string }
  | { kind: 'duplicate'; eventId: string }
  /** Recorded; Ninefold does not act on this type. */
  | { kind: 'ignored'; eventId: string; type: string }
  | ({ kind: 'processed'; eventId: string; type: HandledEventType } & HandlerResult);

export async function receiveStripeWebhook(
  db: Db,
  input: { payload: string; signature: string | null; secret: string } & HandlerDeps,
): Promise<StripeWebhookOutcome> {
  if (!input.signature) return { kind: 'rejected', reason: 'missing Stripe-Signature header' };
  let event: Stripe.Event;
  try {
    event = Stripe.webhooks.constructEvent(input.payload, input.signature, input.secret);
  } catch (error) {
    if (error instanceof Stripe.errors.StripeSignatureVerificationError)
      return { kind: 'rejected', reason: 'invalid Stripe signature' };
    throw error;
  }
  return db.transaction(async (tx) => {
    const receipt = await tx
      .insert(stripeEvents)
      .values({ id: event.id, type: event.type })
      .onConflictDoNothing({ target: stripeEvents.id })
      .returning({ id: stripeEvents.id });
    if (receipt.length === 0) return { kind: 'duplicate', eventId: event.id };
    if (!isHandled(event)) return { kind: 'ignored', eventId: event.id, type: event.type };
    const result = await handleEvent(tx, event, input);
    return { kind: 'processed', eventId: event.id, type: event.type, ...result };
  });
}
