// The practice's Stripe customer, made on first need. The idempotency key makes two first
// checkouts at once create one customer; the insert keeps the first one recorded.
import { eq } from 'drizzle-orm';
import { billingCustomers, practices } from '@/db/schema';
import type { BillingScope } from './billing-scope';

export async function ensureStripeCustomer(scope: BillingScope, known: string | null): Promise<string> {
  if (known) return known;
  const { practiceId } = scope.actor;
  const practiceName = await scope.inTenant(async (tx) => {
    const [row] = await tx
      .select({ name: practices.name })
      .from(practices)
      .where(eq(practices.id, practiceId));
    return row?.name ?? 'Ninefold practice';
  });
  const customer = await scope.stripe.customers.create(
    { name: practiceName, metadata: { practiceId } },
    { idempotencyKey: `ninefold-customer:${practiceId}` },
  );
  return scope.inTenant(async (tx) => {
    const [inserted] = await tx
      .insert(billingCustomers)
      .values({ practiceId, stripeCustomerId: customer.id })
      .onConflictDoNothing({ target: billingCustomers.practiceId })
      .returning({ id: billingCustomers.stripeCustomerId });
    if (inserted) return inserted.id;
    const [existing] = await tx.select().from(billingCustomers);
    if (!existing) throw new Error('billing customer vanished after a conflicting insert');
    return existing.stripeCustomerId;
  });
}
