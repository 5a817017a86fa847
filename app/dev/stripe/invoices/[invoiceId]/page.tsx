import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { readInvoice } from '../../../../../server/billing/local-stripe/actions/read-pages';
import { getDb } from '../../../../../server/db';
import { env } from '../../../../../server/env';
import { day, usd } from '../../format';

export const metadata: Metadata = { title: 'Local test invoice', robots: { index: false } };

/** The stand-in's hosted invoice page, where Stripe's hosted_invoice_url would lead. */
export default async function LocalInvoicePage({ params }: { params: Promise<{ invoiceId: string }> }) {
  if (env().mode === 'production') notFound();
  const { invoiceId } = await params;
  const invoice = await readInvoice(await getDb(), invoiceId);
  if (!invoice) notFound();
  return (
    <main id="main">
      <h1>Invoice {invoice.number ?? invoice.id}</h1>
      <p className="muted">
        A local test invoice from Ninefold&apos;s Stripe stand-in. Not available in production.
      </p>
      <dl className="facts card">
        <dt>Status</dt>
        <dd>{invoice.status}</dd>
        <dt>Issued</dt>
        <dd>{day(invoice.created)} (UTC)</dd>
        <dt>Period</dt>
        <dd>
          {day(invoice.periodStart)} to {day(invoice.periodEnd)}
        </dd>
        <dt>Item</dt>
        <dd>{invoice.description}</dd>
        <dt>Total</dt>
        <dd>{usd(invoice.total)}</dd>
      </dl>
    </main>
  );
}
