import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { readPortal } from '../../../../../server/billing/local-stripe/actions/read-pages';
import { planOfPrice } from '../../../../../server/billing/plan-prices';
import { PLANS } from '../../../../../server/billing/plans';
import { getDb } from '../../../../../server/db';
import { env } from '../../../../../server/env';
import { changeFromPortal } from '../../actions';
import { day, usd } from '../../format';

export const metadata: Metadata = { title: 'Local billing portal', robots: { index: false } };

const DONE: Record<string, string> = {
  change_seats: 'Seats changed.',
  cancel_at_period_end: 'Cancellation at the end of the period updated.',
  cancel_now: 'Subscription canceled.',
  fail_payment: 'A failed payment was simulated: the subscription is past due.',
  recover_payment: 'The payment went through: the subscription is active again.',
  trial_will_end: 'The trial-ending notice was sent.',
};

export default async function LocalPortalPage({
  params,
  searchParams,
}: {
  params: Promise<{ sessionId: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  if (env().mode === 'production') notFound();
  const [{ sessionId }, { done, error }] = await Promise.all([params, searchParams]);
  const portal = await readPortal(await getDb(), sessionId);
  if (!portal) notFound();
  const sub = portal.subscription;
  const plan = sub ? planOfPrice(sub.priceId) : null;
  const seatLimits = plan ? PLANS[plan] : { minSeats: 1, maxSeats: 10_000 };
  const live = sub && sub.status !== 'canceled';
  const hidden = <input type="hidden" name="portalSessionId" value={portal.id} />;

  return (
    <main id="main">
      <h1>Local billing portal</h1>
      <p className="muted">
        Ninefold&apos;s local stand-in for the Stripe Customer Portal
        {portal.customerName ? ` for ${portal.customerName}` : ''}. Each change sends Stripe&apos;s webhooks
        to the app. Not available in production.
      </p>
      {done && DONE[done] ? (
        <p className="alert alert-success" role="status">
          {DONE[done]}
        </p>
      ) : null}
      {error ? (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}

      <section className="card" aria-labelledby="subscription-heading">
        <h2 id="subscription-heading">Subscription</h2>
        {sub ? (
          <dl className="facts">
            <dt>Plan</dt>
            <dd>{sub.planName}</dd>
            <dt>Status</dt>
            <dd>{sub.status}</dd>
            <dt>Seats</dt>
            <dd>
              {sub.seats} at {usd(sub.unitAmount)} a month each
            </dd>
            {sub.trialEnd && sub.status === 'trialing' ? (
              <>
                <dt>Trial ends</dt>
                <dd>{day(sub.trialEnd)} (UTC)</dd>
              </>
            ) : null}
            <dt>{sub.cancelAtPeriodEnd ? 'Ends' : 'Renews'}</dt>
            <dd>{live ? `${day(sub.currentPeriodEnd)} (UTC)` : 'Ended'}</dd>
          </dl>
        ) : (
          <p>No subscription yet.</p>
        )}
      </section>

      {live ? (
        <>
          {seatLimits.maxSeats > seatLimits.minSeats ? (
            <form action={changeFromPortal} className="card" aria-labelledby="seats-heading">
              <h2 id="seats-heading">Change seats</h2>
              {hidden}
              <input type="hidden" name="kind" value="change_seats" />
              <div className="field">
                <label htmlFor="portal-seats">Number of seats</label>
                <input
                  id="portal-seats"
                  name="seats"
                  type="number"
                  inputMode="numeric"
                  min={seatLimits.minSeats}
                  max={seatLimits.maxSeats}
                  defaultValue={sub.seats}
                  required
                />
              </div>
              <button className="button" type="submit">
                Update seats
              </button>
            </form>
          ) : null}

          <section className="card" aria-labelledby="cancel-heading">
            <h2 id="cancel-heading">Cancel</h2>
            <form action={changeFromPortal}>
              {hidden}
              <input type="hidden" name="kind" value="cancel_at_period_end" />
              <input type="hidden" name="cancel" value={sub.cancelAtPeriodEnd ? 'false' : 'true'} />
              <button className="button secondary" type="submit">
                {sub.cancelAtPeriodEnd ? 'Keep the subscription' : 'Cancel at the end of the period'}
              </button>
            </form>
            <form action={changeFromPortal}>
              {hidden}
              <input type="hidden" name="kind" value="cancel_now" />
              <button className="button danger" type="submit">
                Cancel now
              </button>
            </form>
          </section>

          <section className="card" aria-labelledby="simulate-heading">
            <h2 id="simulate-heading">Simulate</h2>
            <p className="hint">Events Stripe would send on its own, for trying the app&apos;s reactions.</p>
            {sub.status === 'active' || sub.status === 'trialing' ? (
              <form action={changeFromPortal}>
                {hidden}
                <input type="hidden" name="kind" value="fail_payment" />
                <button className="button secondary" type="submit">
                  Simulate a failed payment
                </button>
              </form>
            ) : null}
            {sub.status === 'past_due' ? (
              <form action={changeFromPortal}>
                {hidden}
                <input type="hidden" name="kind" value="recover_payment" />
                <button className="button secondary" type="submit">
                  Simulate the payment succeeding
                </button>
              </form>
            ) : null}
            {sub.status === 'trialing' ? (
              <form action={changeFromPortal}>
                {hidden}
                <input type="hidden" name="kind" value="trial_will_end" />
                <button className="button secondary" type="submit">
                  Send the trial-ending notice
                </button>
              </form>
            ) : null}
          </section>
        </>
      ) : null}

      <section className="card" aria-labelledby="invoices-heading">
        <h2 id="invoices-heading">Invoices</h2>
        {portal.invoices.length === 0 ? <p>No invoices.</p> : null}
        <ul className="list">
          {portal.invoices.map((invoice) => (
            <li key={invoice.id}>
              {invoice.url ? <a href={invoice.url}>{invoice.number ?? invoice.id}</a> : invoice.number} ·{' '}
              {day(invoice.created)} · {usd(invoice.total)} · {invoice.status}
            </li>
          ))}
        </ul>
      </section>

      {portal.returnUrl ? (
        <p>
          <a href={portal.returnUrl}>Return to Ninefold</a>
        </p>
      ) : null}
    </main>
  );
}
