import { CreditCard, LockKeyhole } from 'lucide-react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Alert } from '@/app/_components/ui/alert';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { Merchant } from '@/app/dev/stripe/_components/merchant';
import { SummaryList } from '@/app/dev/stripe/_components/summary-list';
import { payCheckout } from '@/app/dev/stripe/actions';
import { usd } from '@/app/dev/stripe/format';
import { readCheckout } from '@/server/billing/local-stripe/actions/read-pages';
import { getDb } from '@/server/db';
import { env } from '@/server/env';

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
  const dueToday = checkout.trialDays ? 0 : checkout.monthlyTotal;
  return (
    <main id="main" className="mx-0 grid w-full max-w-none flex-1 p-0 lg:grid-cols-2">
      <section
        aria-label="Order summary"
        className="bg-paper px-4 py-8 sm:px-10 lg:flex lg:justify-end lg:border-r lg:border-line lg:py-16"
      >
        <div className="mx-auto w-full max-w-md lg:mx-0">
          <Merchant backHref={checkout.cancelUrl} backLabel="Back to Ninefold without paying" />
          <p className="m-0 mt-8 font-medium text-muted">Subscribe to Ninefold</p>
          <p className="m-0 mt-1 flex items-baseline gap-2">
            <span className="text-4xl font-semibold tracking-tight text-ink">
              {usd(checkout.monthlyTotal)}
            </span>
            <span className="text-sm text-muted">per month</span>
          </p>
          {checkout.trialDays ? (
            <p className="m-0 mt-1 text-sm text-muted">
              after a {checkout.trialDays}-day trial, nothing due today
            </p>
          ) : null}
          <SummaryList
            className="mt-8"
            rows={[
              {
                label: (
                  <span className="flex flex-col">
                    <span className="font-medium text-ink">{checkout.planName} plan</span>
                    <span>
                      {checkout.seats} {checkout.seats === 1 ? 'seat' : 'seats'} × {usd(checkout.unitAmount)}{' '}
                      a month
                    </span>
                  </span>
                ),
                value: usd(checkout.monthlyTotal),
              },
              { label: 'Subtotal', value: usd(checkout.monthlyTotal) },
              { label: 'Total due today', value: usd(dueToday), strong: true },
            ]}
          />
        </div>
      </section>

      <section aria-labelledby="pay-heading" className="px-4 py-8 sm:px-10 lg:py-16">
        <div className="mx-auto w-full max-w-md lg:mx-0">
          <h1 className="m-0 text-2xl">Local test checkout</h1>
          <p className="m-0 mt-2 text-sm text-muted">
            Ninefold&apos;s local stand-in for Stripe Checkout. Not available in production.
          </p>
          {error ? (
            <Alert tone="danger" role="alert" className="mt-6">
              <p>{error}</p>
            </Alert>
          ) : null}
          <h2 id="pay-heading" className="m-0 mt-8 text-base">
            Payment
          </h2>
          {checkout.status === 'open' ? (
            <form action={payCheckout} className="mt-3">
              <input type="hidden" name="sessionId" value={checkout.id} />
              <div className="flex items-center gap-3 rounded-md border border-line-strong px-3 py-3">
                <CreditCard aria-hidden className="size-5 shrink-0 text-muted" />
                <div className="min-w-0 flex-1 text-sm">
                  <p className="m-0 font-medium text-ink">Test payment method</p>
                  <p className="m-0 text-muted">No card needed; nothing is charged.</p>
                </div>
              </div>
              <p id="pay-hint" className="m-0 mt-4 text-sm text-muted">
                Paying starts the subscription and sends Stripe&apos;s webhooks to the app, then takes you
                back.
              </p>
              <SubmitButton
                className="mt-4 min-h-12 w-full text-base"
                pendingLabel="Paying…"
                aria-describedby="pay-hint"
              >
                Pay
              </SubmitButton>
              <p className="m-0 mt-4 flex items-center justify-center gap-1.5 text-xs text-muted">
                <LockKeyhole aria-hidden className="size-3.5" />
                Simulated locally, the way Stripe Checkout would answer
              </p>
            </form>
          ) : (
            <Alert role="status" className="mt-3">
              <p>This checkout is {checkout.status === 'complete' ? 'already paid' : checkout.status}.</p>
            </Alert>
          )}
        </div>
      </section>
    </main>
  );
}
