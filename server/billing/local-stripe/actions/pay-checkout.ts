// What paying on the local checkout page does, as Stripe does it: the customer (if the session had
// none), the subscription (trialing when the session asked for a trial), its first invoice, paid,
// and the events checkout.session.completed, customer.subscription.created, invoice.paid.
import type { Db } from '@/db/client';
import { customerObject, invoiceObject, subscriptionObject } from '../builders';
import { LocalStripeError } from '../errors';
import { type LocalEvent, recordEvents } from '../events';
import { notesOf } from '../resources/checkout-sessions';
import { getObject, inTransaction, saveObject } from '../store';

type PaidCheckout = { redirectUrl: string; events: LocalEvent[]; subscriptionId: string };

export async function payCheckoutSession(db: Db, sessionId: string, appUrl: string): Promise<PaidCheckout> {
  return inTransaction(db, async (tx) => {
    const session = await getObject(tx, sessionId, 'checkout.session', {
      kind: 'checkout.session',
      lock: true,
    });
    const successUrl = (session.success_url as string).replaceAll('{CHECKOUT_SESSION_ID}', session.id);
    // Paying twice (a double click, a reload) changes nothing: the person lands where they would have.
    if (session.status === 'complete')
      return { redirectUrl: successUrl, events: [], subscriptionId: session.subscription as string };
    if (session.status !== 'open')
      throw new LocalStripeError(
        400,
        'invalid_request_error',
        `This checkout session is ${String(session.status)}.`,
      );
    const notes = notesOf(session);
    const line = notes.line_items[0]!;

    const customerId =
      (session.customer as string | null) ??
      (
        await saveObject(
          tx,
          customerObject({ email: (session.customer_email as string | null) ?? undefined }),
        )
      ).id;
    const subscription = subscriptionObject({
      customer: customerId,
      price: line.price,
      quantity: line.quantity,
      metadata: notes.subscription_metadata,
      trialDays: notes.trial_period_days ?? undefined,
    });
    const invoice = invoiceObject({
      subscription,
      appUrl,
      billingReason: 'subscription_create',
      paid: true,
      amount: notes.trial_period_days ? 0 : undefined,
    });
    subscription.latest_invoice = invoice.id;
    const completed = {
      ...session,
      customer: customerId,
      invoice: invoice.id,
      payment_status: notes.trial_period_days ? 'no_payment_required' : 'paid',
      status: 'complete',
      subscription: subscription.id,
      url: null,
    };
    await saveObject(tx, subscription);
    await saveObject(tx, invoice);
    await saveObject(tx, completed);
    const events = await recordEvents(tx, [
      ['checkout.session.completed', completed],
      ['customer.subscription.created', subscription],
      ['invoice.paid', invoice],
    ]);
    return { redirectUrl: successUrl, events, subscriptionId: subscription.id };
  });
}
