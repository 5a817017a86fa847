// Which practice a Stripe subscription belongs to: the practice id Ninefold put in its metadata at
// checkout, else the practice whose Stripe customer it is, else the practice already showing it.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { billingCustomers, practiceSubscriptions, practices } from '@/db/schema';

type SubscriptionRef = {
  subscriptionId: string;
  customerId: string | null;
  /** metadata.practiceId as Stripe has it: a hint until a practice with that id is found. */
  unverifiedPracticeId: string | null;
};

export async function findPractice(db: DbOrTx, ref: SubscriptionRef): Promise<string | null> {
  const hinted = z.uuid().safeParse(ref.unverifiedPracticeId);
  if (hinted.success) {
    const [practice] = await db
      .select({ id: practices.id })
      .from(practices)
      .where(eq(practices.id, hinted.data));
    if (practice) return practice.id;
  }
  if (ref.customerId) {
    const [customer] = await db
      .select({ practiceId: billingCustomers.practiceId })
      .from(billingCustomers)
      .where(eq(billingCustomers.stripeCustomerId, ref.customerId));
    if (customer) return customer.practiceId;
  }
  const [shown] = await db
    .select({ practiceId: practiceSubscriptions.practiceId })
    .from(practiceSubscriptions)
    .where(eq(practiceSubscriptions.stripeSubscriptionId, ref.subscriptionId));
  return shown?.practiceId ?? null;
}
