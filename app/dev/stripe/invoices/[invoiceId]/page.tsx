import { Receipt } from 'lucide-react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Merchant } from '@/app/dev/stripe/_components/merchant';
import { StripeStatus } from '@/app/dev/stripe/_components/subscription-status';
import { SummaryList } from '@/app/dev/stripe/_components/summary-list';
import { day, usd } from '@/app/dev/stripe/format';
import { readInvoice } from '@/server/billing/local-stripe/actions/read-pages';
import { getDb } from '@/server/db';
import { env } from '@/server/env';

export const metadata: Metadata = { title: 'Local test invoice', robots: { index: false } };

/** The stand-in's hosted invoice page, where Stripe's hosted_invoice_url would lead. */
export default async function LocalInvoicePage({ params }: { params: Promise<{ invoiceId: string }> }) {
  if (env().mode === 'production') notFound();
  const { invoiceId } = await params;
  const invoice = await readInvoice(await getDb(), invoiceId);
  if (!invoice) notFound();
  return (
    <main
      id="main"
      className="mx-0 flex w-full max-w-none flex-1 justify-center bg-paper px-4 py-10 sm:py-16"
    >
      <div className="w-full max-w-lg">
        <Merchant backLabel="Ninefold" />
        <div className="mt-6 rounded-lg border border-line bg-surface p-6 shadow-raised sm:p-8">
          <div className="flex items-start justify-between gap-4">
            <div>
              <p className="m-0 flex items-center gap-2 text-sm text-muted">
                <Receipt aria-hidden className="size-4" />
                Invoice from Ninefold
              </p>
              <p className="m-0 mt-2 text-4xl font-semibold tracking-tight text-ink">{usd(invoice.total)}</p>
            </div>
            <StripeStatus status={invoice.status} />
          </div>
          <h1 className="m-0 mt-6 text-lg break-all">Invoice {invoice.number ?? invoice.id}</h1>
          <SummaryList
            className="mt-3"
            rows={[
              { label: 'Issued', value: `${day(invoice.created)} (UTC)` },
              { label: 'Period', value: `${day(invoice.periodStart)} to ${day(invoice.periodEnd)}` },
              { label: 'Item', value: invoice.description },
              { label: 'Total', value: usd(invoice.total), strong: true },
            ]}
          />
          <p className="m-0 mt-6 text-xs text-muted">
            A local test invoice from Ninefold&apos;s Stripe stand-in. Not available in production.
          </p>
        </div>
      </div>
    </main>
  );
}
