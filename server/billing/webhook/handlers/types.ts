// The events the webhook acts on, each with its own handler (one file per event type).
import type Stripe from 'stripe';
import type { Tx } from '../../../../db/client';
import type { SubscriptionReader } from '../subscription-reader';
import type { SyncOutcome } from '../sync-subscription';

export const HANDLED_EVENT_TYPES = [
  'checkout.session.completed',
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'customer.subscription.trial_will_end',
  'invoice.paid',
  'invoice.payment_failed',
] as const;
export type HandledEventType = (typeof HANDLED_EVENT_TYPES)[number];
export type EventOf<T extends HandledEventType> = Extract<Stripe.Event, { type: T }>;
export type HandledEvent = EventOf<HandledEventType>;

export const isHandled = (event: Stripe.Event): event is HandledEvent =>
  (HANDLED_EVENT_TYPES as readonly string[]).includes(event.type);

export type HandlerDeps = { readSubscription: SubscriptionReader; now?: Date };

export type HandlerResult = {
  practiceId: string | null;
  /** What the subscription sync did; 'none' when the event concerns no subscription. */
  sync: SyncOutcome['kind'] | 'none';
  /** Billing emails enqueued (one per owner or admin). */
  emailed: number;
};

export type Handler<T extends HandledEventType> = (
  tx: Tx,
  event: EventOf<T>,
  deps: HandlerDeps,
) => Promise<HandlerResult>;
