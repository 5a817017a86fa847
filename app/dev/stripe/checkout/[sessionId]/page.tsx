import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { readCheckout } from '../../../../../server/billing/local-stripe/actions/read-pages';
import { getDb } from '../../../../../server/db';
import { env } from '../../../../../server/env';
import { payCheckout } from '../../actions';
import { usd } from '../../format';

export const metadata: Metadata = { title: 'Local test checkout', robots: { index: false } };

export default async function LocalCheckoutPage({
  params,
  searchParams,
}: {
  params: Promise<{ sessionId: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  if (env().mode === 'production') notFound();
  const [{ sessionId }, { error }] = await Promise.all([params, searchParams]);
  const checkout = await readCheckout(await getDb(), sessionId);
  if (!checkout) notFound();
  return (
    <main id="main">
      <h1>Local test checkout</h1>
      <p className="muted">
        This is Ninefold&apos;s local stand-in for Stripe Checkout: no card is needed, nothing is charged and
        nothing leaves this computer. Not available in production.
      </p>
      {error ? (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
      <section className="card" aria-labelledby="order-heading">
        <h2 id="order-heading">Subscription</h2>
        <dl className="facts">
          <dt>Plan</dt>
          <dd>{checkout.planName}</dd>
          <dt>Seats</dt>
          <dd>{checkout.seats}</dd>
          <dt>Price per seat</dt>
          <dd>{usd(checkout.unitAmount)} a month</dd>
          <dt>Total</dt>
          <dd>
            {checkout.trialDays
              ? `${usd(0)} today, then ${usd(checkout.monthlyTotal)} a month after a ${checkout.trialDays}-day trial`
              : `${usd(checkout.monthlyTotal)} a month`}
          </dd>
        </dl>
      </section>
      {checkout.status === 'open' ? (
        <form action={payCheckout} className="card" aria-labelledby="pay-heading">
          <h2 id="pay-heading">Payment</h2>
          <input type="hidden" name="sessionId" value={checkout.id} />
          <p id="pay-hint" className="hint">
            Paying starts the subscription and sends Stripe&apos;s webhooks to the app, then takes you back.
          </p>
          <button className="button" type="submit" aria-describedby="pay-hint">
            Pay
          </button>
        </form>
      ) : (
        <p className="alert" role="status">
          This checkout is {checkout.status === 'complete' ? 'already paid' : checkout.status}.
        </p>
      )}
      {checkout.cancelUrl ? (
        <p>
          <a href={checkout.cancelUrl}>Back to Ninefold without paying</a>
        </p>
      ) : null}
    </main>
  );
}
