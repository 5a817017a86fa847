import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FormMessage } from '@/app/_components/ui/form-message';
import { Merchant } from '@/app/dev/stripe/_components/merchant';
import { PortalActions } from '@/app/dev/stripe/_components/portal-actions';
import { PortalSection } from '@/app/dev/stripe/_components/portal-section';
import { StripeStatus } from '@/app/dev/stripe/_components/subscription-status';
import { SummaryList } from '@/app/dev/stripe/_components/summary-list';
import { day, usd } from '@/app/dev/stripe/format';
import { readPortal } from '@/server/billing/local-stripe/actions/read-pages';
import { planOfPrice } from '@/server/billing/plan-prices';
import { PLANS } from '@/server/billing/plans';
import { getDb } from '@/server/db';
import { env } from '@/server/env';

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

  return (
    <main id="main" className="mx-0 grid w-full max-w-none flex-1 p-0 lg:grid-cols-[minmax(0,24rem)_1fr]">
      <div className="bg-paper px-4 py-8 sm:px-10 lg:border-r lg:border-line lg:py-16">
        <div className="mx-auto max-w-2xl lg:ml-auto lg:max-w-xs">
          <Merchant backLabel="Ninefold" />
          <h1 className="m-0 mt-8 text-2xl">Local billing portal</h1>
          <p className="m-0 mt-2 text-sm text-muted">
            Ninefold&apos;s local stand-in for the Stripe Customer Portal
            {portal.customerName ? (
              <>
                {' '}
                for <strong className="text-ink">{portal.customerName}</strong>
              </>
            ) : null}
            . Each change sends Stripe&apos;s webhooks to the app. Not available in production.
          </p>
          {portal.returnUrl ? (
            <p className="m-0 mt-6 text-sm">
              <a href={portal.returnUrl} className="inline-flex min-h-11 items-center gap-1.5 font-semibold">
                <ArrowLeft aria-hidden className="size-4" />
                Return to Ninefold
              </a>
            </p>
          ) : null}
        </div>
      </div>

      <div className="px-4 py-8 sm:px-10 lg:py-16">
        <div className="mx-auto flex max-w-2xl flex-col gap-10 lg:mx-0">
          {done || error ? <FormMessage success={done ? DONE[done] : null} error={error} /> : null}

          <PortalSection id="subscription-heading" title="Current plan">
            {sub ? (
              <>
                <div className="flex flex-wrap items-center gap-3">
                  <p className="m-0 text-xl font-semibold text-ink">{sub.planName}</p>
                  <StripeStatus status={sub.status} />
                </div>
                <p className="m-0 mt-1 text-muted">
                  {usd(sub.unitAmount * sub.seats)} per month ({sub.seats}{' '}
                  {sub.seats === 1 ? 'seat' : 'seats'} at {usd(sub.unitAmount)} each)
                </p>
                <SummaryList
                  className="mt-4"
                  rows={[
                    ...(sub.trialEnd && sub.status === 'trialing'
                      ? [{ label: 'Trial ends', value: `${day(sub.trialEnd)} (UTC)` }]
                      : []),
                    {
                      label: sub.cancelAtPeriodEnd ? 'Ends' : 'Renews',
                      value: live ? `${day(sub.currentPeriodEnd)} (UTC)` : 'Ended',
                    },
                  ]}
                />
              </>
            ) : (
              <p className="m-0 text-muted">No subscription yet.</p>
            )}
          </PortalSection>

          {live ? (
            <PortalActions
              portalSessionId={portal.id}
              status={sub.status}
              seats={sub.seats}
              cancelAtPeriodEnd={sub.cancelAtPeriodEnd}
              seatLimits={seatLimits}
            />
          ) : null}

          <PortalSection id="invoices-heading" title="Invoice history">
            {portal.invoices.length === 0 ? (
              <p className="m-0 text-muted">No invoices yet.</p>
            ) : (
              <ul className="m-0 list-none divide-y divide-line border-y border-line p-0 text-sm">
                {portal.invoices.map((invoice) => (
                  <li key={invoice.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-3">
                    <span className="w-28 text-muted">{day(invoice.created)}</span>
                    <span className="font-medium text-ink">{usd(invoice.total)}</span>
                    <StripeStatus status={invoice.status} />
                    <span className="ml-auto">
                      {invoice.url ? (
                        <a href={invoice.url}>{invoice.number ?? invoice.id}</a>
                      ) : (
                        (invoice.number ?? invoice.id)
                      )}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </PortalSection>
        </div>
      </div>
    </main>
  );
}
