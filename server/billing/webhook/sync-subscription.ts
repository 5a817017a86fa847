// The one writer of practice_subscriptions: whatever event arrived, read the subscription as Stripe
// has it now and store that. Syncs of one subscription, and then of one practice, take turns (advisory
// locks held to the end of the transaction), so a slower sync never overwrites a fresher read.
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import { practiceSubscriptions } from '../../../db/schema';
import { findPractice } from './find-practice';
import type { SubscriptionReader } from './subscription-reader';
import { preferred, readSubscription, subscriptionState, type TSubscription } from './subscription-state';

export type SyncOutcome =
  | { kind: 'synced'; practiceId: string; subscription: TSubscription }
  /** Stripe no longer has it: the practice's row says canceled. */
  | { kind: 'gone'; practiceId: string }
  /** Another subscription of the practice is the one that counts (live, or newer). */
  | { kind: 'superseded'; practiceId: string }
  /** Stripe has no such subscription and no practice shows it: nothing to store. */
  | { kind: 'unknown-subscription'; practiceId: string | null }
  | { kind: 'unknown-practice' };

const lock = (tx: Tx, key: string) =>
  tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);

async function read(readSubscriptionById: SubscriptionReader, id: string): Promise<TSubscription | null> {
  const found = await readSubscriptionById(id);
  return found ? readSubscription(found) : null;
}

export async function syncSubscription(
  tx: Tx,
  ref: { subscriptionId: string; customerId: string | null },
  readSubscriptionById: SubscriptionReader,
  now = new Date(),
): Promise<SyncOutcome> {
  await lock(tx, `stripe-subscription:${ref.subscriptionId}`);
  const current = await read(readSubscriptionById, ref.subscriptionId);
  const practiceId = await findPractice(tx, {
    subscriptionId: ref.subscriptionId,
    customerId: current?.customer ?? ref.customerId,
    unverifiedPracticeId: current?.metadata?.practiceId ?? null,
  });
  if (!practiceId) return { kind: 'unknown-practice' };
  await lock(tx, `practice-subscription:${practiceId}`);
  const [previous] = await tx
    .select()
    .from(practiceSubscriptions)
    .where(eq(practiceSubscriptions.practiceId, practiceId));

  if (!current) {
    if (previous?.stripeSubscriptionId !== ref.subscriptionId)
      return { kind: 'unknown-subscription', practiceId };
    await tx
      .update(practiceSubscriptions)
      .set({ status: 'canceled', cancelAtPeriodEnd: false, pastDueSince: null, updatedAt: now })
      .where(eq(practiceSubscriptions.practiceId, practiceId));
    return { kind: 'gone', practiceId };
  }

  const shownId = previous?.stripeSubscriptionId;
  if (shownId && shownId !== current.id) {
    const shown = await read(readSubscriptionById, shownId);
    if (shown && preferred(shown, current) === shown) return { kind: 'superseded', practiceId };
  }

  const state = subscriptionState(current, previous, now);
  await tx
    .insert(practiceSubscriptions)
    .values({ practiceId, ...state, updatedAt: now })
    .onConflictDoUpdate({ target: practiceSubscriptions.practiceId, set: { ...state, updatedAt: now } });
  return { kind: 'synced', practiceId, subscription: current };
}
