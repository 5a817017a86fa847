import type { Metadata } from 'next';
import Link from 'next/link';
import { loadOrRedirect, serverApi } from '../../../../_lib/server-api';
import { AddCoupleForm } from './add-couple-form';
import { CaseloadFilters } from './caseload-filters';
import { CaseloadTable } from './caseload-table';
import { dashboardHref, readDashboardQuery } from './dashboard-query';

export const metadata: Metadata = { title: 'Caseload' };

const SORT_NAMES = {
  'next-session': 'next session',
  'last-session': 'last session',
  overdue: 'overdue homework',
  name: 'name',
  'last-activity': 'last activity',
} as const;

export default async function CaseloadPage({
  params,
  searchParams,
}: {
  params: Promise<{ practiceId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { practiceId } = await params;
  const query = readDashboardQuery(await searchParams);
  const base = `/p/${practiceId}/caseload`;
  const api = await serverApi(practiceId);
  const practice = await loadOrRedirect(() => api.practice.current());
  const isAdmin = practice.role === 'owner' || practice.role === 'admin';
  const [caseload, team] = await Promise.all([
    loadOrRedirect(() => api.dashboard.caseload({ ...query, counselor: isAdmin ? query.counselor : 'mine' })),
    isAdmin ? loadOrRedirect(() => api.team.find()) : null,
  ]);
  const counselors =
    team?.members
      .filter((m) => m.status === 'active' && m.role !== 'client')
      .map((m) => ({ membershipId: m.membershipId, name: m.name })) ?? null;
  const first = (caseload.page - 1) * caseload.pageSize + 1;
  const last = first + caseload.rows.length - 1;
  const filtered =
    query.overdueOnly || query.quietOnly || query.unsignedNotesOnly || query.status !== 'active';

  return (
    <main id="main">
      <h1>Your caseload</h1>
      <CaseloadFilters query={query} counselors={counselors} />
      {caseload.total === 0 ? (
        <p className="card">
          {filtered
            ? 'No couples match these filters.'
            : 'No couples yet. Add the first couple below; both partners get an email invitation.'}
        </p>
      ) : caseload.rows.length === 0 ? (
        <p className="card">
          This page is past the end of the list.{' '}
          <Link href={dashboardHref(base, query, { page: 1 })}>Go to the first page</Link>.
        </p>
      ) : (
        <CaseloadTable
          rows={caseload.rows}
          query={query}
          base={base}
          practiceId={practiceId}
          timeZone={practice.timeZone}
          showCounselor={isAdmin && query.counselor !== 'mine'}
          caption={`Couples ${first}–${last} of ${caseload.total}, by ${SORT_NAMES[query.sort]} (${
            query.direction === 'asc' ? 'ascending' : 'descending'
          })`}
        />
      )}
      {caseload.total > caseload.pageSize ? (
        <nav aria-label="Caseload pages" className="actions">
          {caseload.page > 1 ? (
            <Link href={dashboardHref(base, query, { page: caseload.page - 1 })}>Previous page</Link>
          ) : null}
          <span className="muted">
            Page {caseload.page} of {Math.ceil(caseload.total / caseload.pageSize)}
          </span>
          {caseload.page * caseload.pageSize < caseload.total ? (
            <Link href={dashboardHref(base, query, { page: caseload.page + 1 })}>Next page</Link>
          ) : null}
        </nav>
      ) : null}
      <AddCoupleForm />
    </main>
  );
}
