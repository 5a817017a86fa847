// Billing talks to Stripe over HTTP, so it never holds a database transaction across a call (the
// local Stripe stand-in shares the embedded database, and a long transaction would block it): each
// database step runs in its own short tenant transaction.
import type Stripe from 'stripe';
import type { Db, Tx } from '@/db/client';
import { withTenant } from '@/db/tenant';
import type { Actor } from '../actor';

export type BillingScope = {
  actor: Actor;
  stripe: Stripe;
  /** A short transaction as the actor, with row-level security. */
  inTenant<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
};

export function billingScope(db: Db, actor: Actor, stripe: Stripe): BillingScope {
  return {
    actor,
    stripe,
    inTenant: (work) => withTenant(db, { practiceId: actor.practiceId, userId: actor.userId }, work),
  };
}
