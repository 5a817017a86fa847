import type { Metadata } from 'next';
import { loadOrRedirect, serverApi } from '../../../../_lib/server-api';
import { formatDay } from '../../../../_lib/session-time';
import { money, planName, STATUS_LABELS } from './billing-labels';
import { ChoosePlanForm } from './choose-plan-form';
import { ManageSubscription } from './manage-subscription';

export const metadata: Metadata = { title: 'Billing' };

const RUNNING = new Set(['active', 'trialing', 'past_due']);

export default async function BillingPage({
  params,
  searchParams,
}: {
  params: Promise<{ practiceId: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const { practiceId } = await params;
  const { checkout } = await searchParams;
  const api = await serverApi(practiceId);
  const practice = await loadOrRedirect(() => api.practice.current());
  if (practice.role !== 'owner' && practice.role !== 'admin')
    return (
      <main id="main" className="narrow">
        <h1>Billing</h1>
        <p className="card">Only the practice’s owners and admins manage its subscription.</p>
      </main>
    );
  const billing = await loadOrRedirect(() => api.billing.overview());
  const day = (at: Date) => formatDay(at, practice.timeZone);
  const running = RUNNING.has(billing.status);
  return (
    <main id="main" className="narrow">
      <h1>Billing</h1>
      {checkout === 'done' ? (
        <p className="card" role="status">
          Thank you: payment received. Your plan shows here as soon as Stripe confirms it (reload in a
          moment).
        </p>
      ) : null}
      {checkout === 'cancelled' ? (
        <p className="card" role="status">
          Checkout was cancelled; nothing was charged.
        </p>
      ) : null}
      <section className="card" aria-labelledby="plan-heading">
        <h2 id="plan-heading">Your plan</h2>
        <dl className="facts">
          <dt>Plan</dt>
          <dd>{planName(billing.plan)}</dd>
          <dt>Status</dt>
          <dd>{STATUS_LABELS[billing.status] ?? billing.status}</dd>
          {billing.trialEndsAt && (billing.status === 'trial' || billing.status === 'trialing') ? (
            <>
              <dt>Trial ends</dt>
              <dd>{day(billing.trialEndsAt)}</dd>
            </>
          ) : null}
          <dt>Seats</dt>
          <dd>
            {billing.seatsUsed} used of {billing.seatsBought}
          </dd>
          {billing.currentPeriodEnd ? (
            <>
              <dt>{billing.cancelAtPeriodEnd ? 'Ends on' : 'Renews on'}</dt>
              <dd>{day(billing.currentPeriodEnd)}</dd>
            </>
          ) : null}
          {billing.nextInvoice ? (
            <>
              <dt>Next invoice</dt>
              <dd>
                {money(billing.nextInvoice.amountCents, billing.nextInvoice.currency)}
                {billing.nextInvoice.date ? ` on ${day(billing.nextInvoice.date)}` : ''}
              </dd>
            </>
          ) : null}
        </dl>
        {billing.pastDueSince ? (
          <p className="alert alert-error" role="alert">
            The last payment failed on {day(billing.pastDueSince)}. Update the card under Manage billing to
            keep full use.
          </p>
        ) : null}
      </section>
      {billing.webhookApiVersion ? (
        <p className="alert alert-warn" role="status">
          Stripe's latest billing event for this practice ({day(billing.webhookApiVersion.at)}) came in API
          version {billing.webhookApiVersion.received}, and Ninefold reads Stripe at{' '}
          {billing.webhookApiVersion.expected}. Billing is still kept up to date, but whoever runs Ninefold
          should set the Stripe webhook endpoint to {billing.webhookApiVersion.expected}, as the README says.
        </p>
      ) : null}
      {running ? (
        <ManageSubscription seatsBought={billing.seatsBought} seatsUsed={billing.seatsUsed} />
      ) : (
        <ChoosePlanForm seatsUsed={billing.seatsUsed} />
      )}
      <section className="card" aria-labelledby="invoices-heading">
        <h2 id="invoices-heading">Invoices</h2>
        {billing.invoicesUnavailable ? <p>Invoices cannot be loaded from Stripe right now.</p> : null}
        {billing.recentInvoices.length === 0 && !billing.invoicesUnavailable ? (
          <p className="muted">No invoices yet.</p>
        ) : null}
        {billing.recentInvoices.length > 0 ? (
          <ul className="list" aria-label="Recent invoices">
            {billing.recentInvoices.map((invoice) => (
              <li key={invoice.id}>
                <span>
                  {day(invoice.createdAt)} · {money(invoice.amountCents, invoice.currency)} · {invoice.status}
                </span>
                {invoice.url ? (
                  <a href={invoice.url} target="_blank" rel="noreferrer">
                    View invoice {invoice.number ?? ''}
                  </a>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </main>
  );
}
