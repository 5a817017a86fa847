import { ChevronLeft, ChevronRight, Download, SearchX } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/app/_components/ui/alert';
import { Button } from '@/app/_components/ui/button';
import { type Column, DataTable } from '@/app/_components/ui/data-table';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { Page, PageHeader } from '@/app/_components/ui/page';
import { loadOrRedirect, serverApi } from '@/app/_lib/server-api';
import { readableAddress } from '@/server/services/audit/audit-labels';
import { parseKeptCheckpoint } from '@/server/services/audit/kept-checkpoint';
import { AuditFilterForm, type AuditFilterValues } from './audit-filter-form';
import { auditSearchString, parseAuditSearchParams } from './audit-search-params';
import { ChainStatus } from './chain-status';
import { KeptCheckpointForm } from './kept-checkpoint-form';

export const metadata: Metadata = { title: 'Audit log' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ practiceId: string }>;
  searchParams: SearchParams;
}) {
  const { practiceId } = await params;
  const query = await searchParams;
  const parsed = parseAuditSearchParams(query);
  const { filter, beforeSeq } = parsed.ok ? parsed.value : { filter: {}, beforeSeq: undefined };
  const values: AuditFilterValues = parsed.ok
    ? {
        person: first(query.person),
        action: first(query.action),
        couple: first(query.couple),
        from: first(query.from),
        to: first(query.to),
      }
    : {};

  const keptText = first(query.checkpoint);
  const kept = keptText ? parseKeptCheckpoint(keptText) : null;

  const api = await serverApi(practiceId);
  const [options, chain, events] = await loadOrRedirect(() =>
    Promise.all([
      api.audit.filterOptions(),
      api.audit.verifyChain(kept ? { kept } : undefined),
      api.audit.find({ ...filter, beforeSeq }),
    ]),
  );
  const base = `/p/${practiceId}/audit`;
  const filterQuery = auditSearchString({ ...values });
  type Event = (typeof events.items)[number];
  const columns: Column<Event>[] = [
    { key: 'seq', header: '#', className: 'md:w-16 tabular-nums text-muted', cell: (e) => e.seq },
    {
      key: 'when',
      header: 'When',
      className: 'tabular-nums md:whitespace-nowrap',
      cell: (e) => `${e.createdAt.toISOString().replace('T', ' ').slice(0, 19)} UTC`,
    },
    { key: 'who', header: 'Who', cell: (e) => e.actorName ?? 'System' },
    {
      key: 'what',
      header: 'What',
      cell: (e) => e.actionLabel,
    },
    {
      key: 'couple',
      header: 'Couple',
      cell: (e) =>
        e.couple ? <Link href={`/p/${practiceId}/couples/${e.couple.id}`}>{e.couple.name}</Link> : '—',
    },
    { key: 'from', header: 'From', cell: (e) => readableAddress(e.ip) },
  ];

  return (
    <Page width="wide">
      <PageHeader
        title="Audit log"
        description={<p>Every read and change of practice records, kept in a chain that shows tampering.</p>}
      />
      <div className="flex flex-col gap-4">
        <ChainStatus status={chain} />
        {kept ? (
          <p className="m-0 text-sm text-muted">
            Also checked against the checkpoint you gave: #{kept.n} at event #{kept.seq}.
          </p>
        ) : null}
        <KeptCheckpointForm value={keptText} invalid={Boolean(keptText) && !kept} />
        {parsed.ok ? null : (
          <Alert tone="danger" role="alert">
            <p>Some filters were not valid ({parsed.invalid.join(', ')}); showing all events.</p>
          </Alert>
        )}
        <AuditFilterForm
          values={values}
          people={options.people.map((p) => ({ value: p.userId, label: p.name }))}
          actions={options.actions.map((a) => ({ value: a.action, label: a.label }))}
          couples={options.couples.map((c) => ({ value: c.coupleId, label: c.name }))}
        />
        <div className="mt-2 flex flex-wrap items-center justify-between gap-3">
          <p className="m-0 text-sm text-muted">
            {beforeSeq ? `Events before #${beforeSeq}` : 'The latest events'}, newest first, 50 a page
          </p>
          <div className="flex flex-wrap items-center gap-3">
            {filterQuery ? (
              <Link href={base} className="text-sm font-semibold">
                Clear filters
              </Link>
            ) : null}
            <Button asChild variant="secondary" size="sm">
              <a href={`${base}/export${filterQuery}`} download>
                <Download aria-hidden />
                Download these events as CSV
              </a>
            </Button>
          </div>
        </div>
        <DataTable
          caption={`Audit events${beforeSeq ? ` before #${beforeSeq}` : ''}, newest first`}
          columns={columns}
          rows={events.items}
          rowKey={(e) => e.id}
          empty={
            <EmptyState icon={SearchX} title="No events match these filters.">
              <p>Widen the dates or choose “Anyone” and “Any action”, or clear the filters.</p>
            </EmptyState>
          }
        />
        <nav aria-label="Audit log pages" className="flex flex-wrap justify-between gap-3">
          {beforeSeq ? (
            <Button asChild variant="ghost" size="sm">
              <Link href={`${base}${filterQuery}`}>
                <ChevronLeft aria-hidden />
                Newest events
              </Link>
            </Button>
          ) : (
            <span />
          )}
          {events.nextBeforeSeq ? (
            <Button asChild variant="ghost" size="sm">
              <Link href={`${base}${auditSearchString({ ...values, before: events.nextBeforeSeq })}`}>
                Older events
                <ChevronRight aria-hidden />
              </Link>
            </Button>
          ) : null}
        </nav>
      </div>
    </Page>
  );
}
