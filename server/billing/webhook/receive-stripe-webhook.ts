// A Stripe webhook delivery from raw body and signature to an outcome the route turns into a status:
// verified first (nothing is written for a bad or missing signature), then each event id once: its
// receipt and its effect commit together, so a redelivery, or a delivery racing it, changes nothing.
// Stripe is read before that transaction opens (see sync-subscription.ts), at the stripe library's
// pinned API version: the payload itself is trusted for the event's id, type and object id only.
import { eq } from 'drizzle-orm';
import Stripe from 'stripe';
import type { Db } from '@/db/client';
import { stripeEvents } from '@/db/schema';
import { recordApiVersion, warnApiVersionMismatch } from './api-version';
import { planFor } from './handlers';
import { type HandledEvent, type HandledEventType, isHandled } from './handlers/types';
import type { StripeReader } from './stripe-reader';
import {
  ObservationOutdated,
  observeSubscription,
  type SyncOutcome,
  storeObservation,
} from './sync-subscription';

type WebhookDeps = {
  stripe: StripeReader;
  /** When Stripe is read; default the database's clock (tests fix it). */
  now?: Date;
};

export type StripeWebhookOutcome =
  | { kind: 'rejected'; reason: string }
  | { kind: 'duplicate'; eventId: string }
  /** Recorded; Ninefold does not act on this type. */
  | { kind: 'ignored'; eventId: string; type: string }
  | {
      kind: 'processed';
      eventId: string;
      type: HandledEventType;
      practiceId: string | null;
      /** What the subscription sync did; 'none' when the event names no subscription. */
      sync: SyncOutcome['kind'] | 'none';
      /** Billing emails enqueued (one per owner or admin). */
      emailed: number;
    };

/** Reads again when the practice's row moved to another subscription between the read and the write. */
const ATTEMPTS = 3;

export async function receiveStripeWebhook(
  db: Db,
  input: { payload: string; signature: string | null; secret: string } & WebhookDeps,
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
  warnApiVersionMismatch(event);
  if (!isHandled(event)) {
    const fresh = await db.transaction((tx) => recordReceipt(tx, event));
    return fresh ? { kind: 'ignored', eventId: event.id, type: event.type } : duplicate(event);
  }
  // Saves a Stripe read for a redelivery; the receipt's insert below is what guarantees once.
  if (await alreadyReceived(db, event.id)) return duplicate(event);
  for (let attempt = 1; ; attempt++) {
    try {
      return await processEvent(db, event, input);
    } catch (error) {
      if (!(error instanceof ObservationOutdated) || attempt >= ATTEMPTS) throw error;
    }
  }
}

async function processEvent(db: Db, event: HandledEvent, deps: WebhookDeps): Promise<StripeWebhookOutcome> {
  const plan = await planFor(event, deps.stripe);
  const observation = plan.subscription
    ? await observeSubscription(db, plan.subscription, deps.stripe.subscription, deps.now)
    : null;
  return db.transaction(async (tx) => {
    if (!(await recordReceipt(tx, event))) return duplicate(event);
    const processed = { kind: 'processed' as const, eventId: event.id, type: event.type };
    if (!observation) return { ...processed, practiceId: null, sync: 'none', emailed: 0 };
    const outcome = await storeObservation(tx, observation);
    const practiceId = 'practiceId' in outcome ? outcome.practiceId : null;
    if (practiceId) await recordApiVersion(tx, practiceId, event, observation.readAt);
    const synced =
      (outcome.kind === 'synced' || outcome.kind === 'stale') && outcome.subscription
        ? { practiceId: outcome.practiceId, subscription: outcome.subscription }
        : null;
    const emailed = plan.notify && synced ? await plan.notify(tx, synced, event.id) : 0;
    return { ...processed, practiceId, sync: outcome.kind, emailed };
  });
}

const duplicate = (event: Stripe.Event) => ({ kind: 'duplicate', eventId: event.id }) as const;

async function recordReceipt(db: Pick<Db, 'insert'>, event: Stripe.Event): Promise<boolean> {
  const receipt = await db
    .insert(stripeEvents)
    .values({ id: event.id, type: event.type })
    .onConflictDoNothing({ target: stripeEvents.id })
    .returning({ id: stripeEvents.id });
  return receipt.length > 0;
}

async function alreadyReceived(db: Db, eventId: string): Promise<boolean> {
  const found = await db
    .select({ id: stripeEvents.id })
    .from(stripeEvents)
    .where(eq(stripeEvents.id, eventId));
  return found.length > 0;
}
