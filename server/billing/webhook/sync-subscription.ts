// The one writer of practice_subscriptions: whatever event arrived, read the subscription as Stripe
// has it now and store that. Stripe is read BEFORE the transaction opens (observeSubscription), never
// inside it: with the local stand-in on the same embedded database, a transaction held open across
// the call would wait for itself. Fresher reads win: the row keeps when its state was read
// (updated_at), and a read that began earlier than the stored one changes nothing, so a slow sync
// cannot overwrite a newer one, and the last event after Stripe's last change always lands.
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Db, queryRows, type Tx } from '@/db/client';
import { practiceSubscriptions } from '@/db/schema';
import { findPractice } from './find-practice';
import type { StripeReader } from './stripe-reader';
import { preferred, readSubscription, subscriptionState, type TSubscription } from './subscription-state';

export type SubscriptionRef = { subscriptionId: string; customerId: string | null };

/** What Stripe said, when, and for which practice: everything the write needs, read outside it. */
type Observation = {
  ref: SubscriptionRef;
  readAt: Date;
  practiceId: string | null;
  /** null: Stripe has no such subscription. */
  current: TSubscription | null;
  /** The other subscription the practice's row showed when read, as Stripe has it now. */
  shown: { id: string; subscription: TSubscription | null } | null;
};

export type SyncOutcome =
  | { kind: 'synced'; practiceId: string; subscription: TSubscription }
  /** A read that began later is already stored: this one changes nothing. */
  | { kind: 'stale'; practiceId: string; subscription: TSubscription | null }
  /** Stripe no longer has it: the practice's row says canceled. */
  | { kind: 'gone'; practiceId: string }
  /** Another subscription of the practice is the one that counts (live, or newer). */
  | { kind: 'superseded'; practiceId: string }
  /** Stripe has no such subscription and no practice shows it: nothing to store. */
  | { kind: 'unknown-subscription'; practiceId: string | null }
  | { kind: 'unknown-practice' };

/** The row shows another subscription than the one observed: Stripe retries, and reads again. */
export class ObservationOutdated extends Error {
  override name = 'ObservationOutdated';
}

type SubscriptionReader = StripeReader['subscription'];

async function read(reader: SubscriptionReader, id: string): Promise<TSubscription | null> {
  const found = await reader(id);
  return found ? readSubscription(found) : null;
}

/** The database's clock, so app instances with skewed clocks still order their reads. */
async function databaseNow(db: Db): Promise<Date> {
  const rows = await queryRows<unknown>(db, sql`select clock_timestamp()::text as now`);
  const [row] = z.array(z.object({ now: z.string() })).parse(rows);
  return new Date(row!.now);
}

const shownSubscription = async (db: Db, practiceId: string) =>
  (
    await db
      .select({ id: practiceSubscriptions.stripeSubscriptionId })
      .from(practiceSubscriptions)
      .where(eq(practiceSubscriptions.practiceId, practiceId))
  )[0]?.id ?? null;

export async function observeSubscription(
  db: Db,
  ref: SubscriptionRef,
  reader: SubscriptionReader,
  at?: Date,
): Promise<Observation> {
  const readAt = at ?? (await databaseNow(db));
  const current = await read(reader, ref.subscriptionId);
  const practiceId = await findPractice(db, {
    subscriptionId: ref.subscriptionId,
    customerId: current?.customer ?? ref.customerId,
    unverifiedPracticeId: current?.metadata?.practiceId ?? null,
  });
  const shownId = practiceId ? await shownSubscription(db, practiceId) : null;
  const shown =
    shownId && shownId !== ref.subscriptionId
      ? { id: shownId, subscription: await read(reader, shownId) }
      : null;
  return { ref, readAt, practiceId, current, shown };
}

export async function storeObservation(tx: Tx, observation: Observation): Promise<SyncOutcome> {
  const { ref, readAt, practiceId, current, shown } = observation;
  if (!practiceId) return { kind: 'unknown-practice' };
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`practice-subscription:${practiceId}`}, 0))`,
  );
  const [previous] = await tx
    .select()
    .from(practiceSubscriptions)
    .where(eq(practiceSubscriptions.practiceId, practiceId));
  if (previous && previous.updatedAt > readAt) return { kind: 'stale', practiceId, subscription: current };
  const shownId = previous?.stripeSubscriptionId ?? null;
  if (shownId && shownId !== ref.subscriptionId && shownId !== shown?.id)
    throw new ObservationOutdated(`practice ${practiceId} began showing ${shownId} after this read`);

  if (!current) {
    if (shownId !== ref.subscriptionId) return { kind: 'unknown-subscription', practiceId };
    await tx
      .update(practiceSubscriptions)
      .set({ status: 'canceled', cancelAtPeriodEnd: false, pastDueSince: null, updatedAt: readAt })
      .where(eq(practiceSubscriptions.practiceId, practiceId));
    return { kind: 'gone', practiceId };
  }
  if (shown?.subscription && preferred(shown.subscription, current) === shown.subscription)
    return { kind: 'superseded', practiceId };

  const state = subscriptionState(current, previous, readAt);
  await tx
    .insert(practiceSubscriptions)
    .values({ practiceId, ...state, updatedAt: readAt })
    .onConflictDoUpdate({ target: practiceSubscriptions.practiceId, set: { ...state, updatedAt: readAt } });
  return { kind: 'synced', practiceId, subscription: current };
}
