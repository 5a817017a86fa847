// The events the webhook acts on, each with its own handler (one file per event type). A handler
// only says which subscription its event concerns and what mail follows; the webhook reads Stripe,
// then stores the result and sends that mail in the event's transaction. A handler takes from the
// payload only what every API version puts in the same place (the object's id, its customer): the
// payload is rendered in the webhook endpoint's API version, so anything else it needs it reads
// from Stripe at the library's pinned version.
import type Stripe from 'stripe';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import type { StripeReader } from '../stripe-reader';
import type { TSubscription } from '../subscription-state';
import type { SubscriptionRef } from '../sync-subscription';

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

/** The practice's subscription as Stripe has it now, after the sync. */
export type Synced = { practiceId: string; subscription: TSubscription };

export type EventPlan = {
  /** The subscription to re-read from Stripe; null when the event concerns none. */
  subscription: SubscriptionRef | null;
  /** In the event's transaction, after the sync: mail to send; returns how many were enqueued. */
  notify?: (tx: Tx, synced: Synced, eventId: string) => Promise<number>;
};

export type Handler<T extends HandledEventType> = (
  event: EventOf<T>,
  stripe: StripeReader,
) => Promise<EventPlan>;

/** An id, or the object it was expanded into, as Stripe returns it. */
export const ZExpandable = z.union([z.string(), z.object({ id: z.string() })]).nullish();
type Expandable = z.infer<typeof ZExpandable>;
const idOf = (value: Expandable): string | null => (typeof value === 'string' ? value : (value?.id ?? null));

export const refOf = (subscription: Expandable, customer: Expandable): SubscriptionRef | null => {
  const subscriptionId = idOf(subscription);
  return subscriptionId ? { subscriptionId, customerId: idOf(customer) } : null;
};
