import type { Metadata } from 'next';
import Link from 'next/link';
import { readableAddress } from '../../../../../server/services/audit/audit-labels';
import { parseKeptCheckpoint } from '../../../../../server/services/audit/kept-checkpoint';
import { loadOrRedirect, serverApi } from '../../../../_lib/server-api';
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

  return (
    <main id="main">
      <h1>Audit log</h1>
      <ChainStatus status={chain} />
      {kept ? (
        <p className="muted">
          Also checked against the checkpoint you gave: #{kept.n} at event #{kept.seq}.
        </p>
      ) : null}
      <KeptCheckpointForm value={keptText} invalid={Boolean(keptText) && !kept} />
      {parsed.ok ? null : (
        <p role="alert" className="alert alert-error">
          Some filters were not valid ({parsed.invalid.join(', ')}); showing all events.
        </p>
      )}
      <AuditFilterForm
        values={values}
        people={options.people.map((p) => ({ value: p.userId, label: p.name }))}
        actions={options.actions.map((a) => ({ value: a.action, label: a.label }))}
        couples={options.couples.map((c) => ({ value: c.coupleId, label: c.name }))}
      />
      <p className="actions">
        <a className="button" href={`${base}/export${filterQuery}`} download>
          Download these events as CSV
        </a>
        {filterQuery ? <Link href={base}>Clear filters</Link> : null}
      </p>
      <table className="responsive">
        <caption className="muted">
          {beforeSeq ? `Events before #${beforeSeq}` : 'The latest events'}, newest first, 50 a page
        </caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Couple</th>
            <th scope="col">From</th>
          </tr>
        </thead>
        <tbody>
          {events.items.length === 0 ? (
            <tr>
              <td colSpan={6}>No events match these filters.</td>
            </tr>
          ) : (
            events.items.map((e) => (
              <tr key={e.id}>
                <td>{e.seq}</td>
                <td>{e.createdAt.toISOString().replace('T', ' ').slice(0, 19)} UTC</td>
                <td>{e.actorName ?? 'System'}</td>
                <td>{e.actionLabel}</td>
                <td>
                  {e.couple ? (
                    <Link href={`/p/${practiceId}/couples/${e.couple.id}`}>{e.couple.name}</Link>
                  ) : (
                    '—'
                  )}
                </td>
                <td>{readableAddress(e.ip)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      <nav aria-label="Audit log pages" className="actions">
        {beforeSeq ? <Link href={`${base}${filterQuery}`}>Newest events</Link> : null}
        {events.nextBeforeSeq ? (
          <Link href={`${base}${auditSearchString({ ...values, before: events.nextBeforeSeq })}`}>
            Older events
          </Link>
        ) : null}
      </nav>
    </main>
  );
}
