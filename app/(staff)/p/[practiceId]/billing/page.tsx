import { ExternalLink, Lock, ReceiptText } from 'lucide-react';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Alert } from '@/app/_components/ui/alert';
import { Badge } from '@/app/_components/ui/badge';
import { Card, CardTitle } from '@/app/_components/ui/card';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { Page, PageHeader } from '@/app/_components/ui/page';
import { loadOrRedirect, serverApi } from '@/app/_lib/server-api';
import { formatDay } from '@/app/_lib/session-time';
import { money, planName, STATUS_LABELS, STATUS_TONES } from './billing-labels';
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
      <Page width="narrow">
        <PageHeader title="Billing" />
        <EmptyState icon={Lock} title="Billing is for owners and admins">
          <p>Ask one of them about the practice’s subscription.</p>
        </EmptyState>
      </Page>
    );
  const billing = await loadOrRedirect(() => api.billing.overview());
  const day = (at: Date) => formatDay(at, practice.timeZone);
  const running = RUNNING.has(billing.status);
  const trialEnds =
    billing.trialEndsAt && (billing.status === 'trial' || billing.status === 'trialing')
      ? billing.trialEndsAt
      : null;
  return (
    <Page>
      <PageHeader title="Billing" description={<p>The practice’s plan, its seats and its invoices.</p>} />
      <div className="flex flex-col gap-6">
        {checkout === 'done' ? (
          <Alert tone="success" role="status" title="Thank you: payment received.">
            <p>Your plan shows here as soon as Stripe confirms it (reload in a moment).</p>
          </Alert>
        ) : null}
        {checkout === 'cancelled' ? (
          <Alert tone="info" role="status">
            <p>Checkout was cancelled; nothing was charged.</p>
          </Alert>
        ) : null}
        <Card aria-labelledby="plan-heading">
          <div className="mb-4 flex flex-wrap items-center gap-3">
            <CardTitle id="plan-heading">Your plan</CardTitle>
            <Badge tone={STATUS_TONES[billing.status] ?? 'neutral'}>
              {STATUS_LABELS[billing.status] ?? billing.status}
            </Badge>
          </div>
          <dl className="m-0 grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-3">
            <Fact term="Plan">{planName(billing.plan)}</Fact>
            {trialEnds ? <Fact term="Trial ends">{day(trialEnds)}</Fact> : null}
            <Fact term="Seats">
              {billing.seatsUsed} used of {billing.seatsBought}
            </Fact>
            {billing.currentPeriodEnd ? (
              <Fact term={billing.cancelAtPeriodEnd ? 'Ends on' : 'Renews on'}>
                {day(billing.currentPeriodEnd)}
              </Fact>
            ) : null}
            {billing.nextInvoice ? (
              <Fact term="Next invoice">
                {money(billing.nextInvoice.amountCents, billing.nextInvoice.currency)}
                {billing.nextInvoice.date ? ` on ${day(billing.nextInvoice.date)}` : ''}
              </Fact>
            ) : null}
          </dl>
          {billing.pastDueSince ? (
            <Alert tone="danger" role="alert" className="mt-4">
              <p>
                The last payment failed on {day(billing.pastDueSince)}. Update the card under Manage billing
                to keep full use.
              </p>
            </Alert>
          ) : null}
        </Card>
        {billing.webhookApiVersion ? (
          <Alert tone="warning" role="status">
            <p>
              Stripe's latest billing event for this practice ({day(billing.webhookApiVersion.at)}) came in
              API version {billing.webhookApiVersion.received}, and Ninefold reads Stripe at{' '}
              {billing.webhookApiVersion.expected}. Billing is still kept up to date, but whoever runs
              Ninefold should set the Stripe webhook endpoint to {billing.webhookApiVersion.expected}, as the
              README says.
            </p>
          </Alert>
        ) : null}
        {running ? (
          <ManageSubscription seatsBought={billing.seatsBought} seatsUsed={billing.seatsUsed} />
        ) : (
          <ChoosePlanForm seatsUsed={billing.seatsUsed} />
        )}
        <Card aria-labelledby="invoices-heading">
          <CardTitle id="invoices-heading" className="mb-4">
            Invoices
          </CardTitle>
          {billing.invoicesUnavailable ? (
            <Alert tone="warning" className="mb-4">
              <p>Invoices cannot be loaded from Stripe right now. Reload the page in a little while.</p>
            </Alert>
          ) : null}
          {billing.recentInvoices.length === 0 && !billing.invoicesUnavailable ? (
            <EmptyState icon={ReceiptText} title="No invoices yet">
              <p>The first one comes when a plan starts; each shows here with a link to it.</p>
            </EmptyState>
          ) : null}
          {billing.recentInvoices.length > 0 ? (
            <ul className="m-0 list-none divide-y divide-line p-0" aria-label="Recent invoices">
              {billing.recentInvoices.map((invoice) => (
                <li key={invoice.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                  <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
                    <span className="font-semibold">{money(invoice.amountCents, invoice.currency)}</span>
                    <span className="text-muted">{day(invoice.createdAt)}</span>
                    <Badge tone={invoice.status === 'paid' ? 'success' : 'neutral'} className="capitalize">
                      {invoice.status}
                    </Badge>
                  </span>
                  {invoice.url ? (
                    <a
                      href={invoice.url}
                      target="_blank"
                      rel="noreferrer"
                      className="inline-flex items-center gap-1 text-sm font-semibold"
                    >
                      View invoice {invoice.number ?? ''}
                      <ExternalLink aria-hidden className="size-3.5" />
                    </a>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
        </Card>
      </div>
    </Page>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-semibold tracking-wide text-muted uppercase">{term}</dt>
      <dd className="m-0 mt-0.5 text-ink">{children}</dd>
    </div>
  );
}
