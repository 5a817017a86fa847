import { Plus, SearchX, UsersRound } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/app/_components/ui/alert';
import { Button } from '@/app/_components/ui/button';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { Page, PageHeader } from '@/app/_components/ui/page';
import { loadOrRedirect, serverApi } from '@/app/_lib/server-api';
import { AddCoupleForm } from './add-couple-form';
import { CaseloadFilters } from './caseload-filters';
import { CaseloadTable } from './caseload-table';
import { type DashboardQuery, dashboardHref, readDashboardQuery } from './dashboard-query';

export const metadata: Metadata = { title: 'Caseload' };

const SORT_NAMES = {
  'next-session': 'next session',
  'last-session': 'last session',
  overdue: 'overdue homework',
  name: 'name',
  'last-activity': 'last activity',
} as const;

const NO_FILTERS = {
  search: '',
  status: 'active',
  overdueOnly: false,
  quietOnly: false,
  unsignedNotesOnly: false,
  measureAlert: null,
  page: 1,
} satisfies Partial<DashboardQuery>;

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
  const shownCounselor =
    query.counselor === 'auto' ? (caseload.showingAll ? 'all' : 'mine') : query.counselor;
  const filtered =
    query.search !== '' ||
    query.overdueOnly ||
    query.quietOnly ||
    query.unsignedNotesOnly ||
    query.measureAlert !== null ||
    query.status !== 'active';
  const clearHref = filtered ? dashboardHref(base, query, NO_FILTERS) : null;
  const first = (caseload.page - 1) * caseload.pageSize + 1;
  const last = first + caseload.rows.length - 1;
  const pages = Math.ceil(caseload.total / caseload.pageSize);
  // A practice with no couples yet (its new owner's view) is that person's own empty caseload.
  const nothingYet = query.counselor === 'auto' && caseload.total === 0 && !filtered;
  const title =
    shownCounselor === 'mine' || nothingYet
      ? 'Your caseload'
      : shownCounselor === 'all'
        ? 'Practice caseload'
        : `${counselors?.find((c) => c.membershipId === shownCounselor)?.name ?? 'A counselor'}’s caseload`;

  return (
    <Page width="wide">
      <PageHeader
        title={title}
        description={
          caseload.total > 0
            ? `${caseload.total} ${caseload.total === 1 ? 'couple' : 'couples'}${
                caseload.showingAll ? ' across the practice' : ''
              }${filtered ? ' match' : ''}.`
            : undefined
        }
        actions={
          <Button asChild>
            <a href="#add-couple">
              <Plus aria-hidden />
              Add a couple
            </a>
          </Button>
        }
      />
      {query.counselor === 'auto' && caseload.showingAll && caseload.total > 0 ? (
        <Alert className="mb-4">
          <p>You have no couples of your own yet, so this shows every couple in the practice.</p>
        </Alert>
      ) : null}
      <CaseloadFilters
        // A new scope (say, the owner's first own couple after an add) resets the form's choices.
        key={shownCounselor}
        query={query}
        counselors={counselors}
        shownCounselor={shownCounselor}
        clearHref={clearHref}
      />
      {caseload.total === 0 ? (
        filtered ? (
          <EmptyState
            icon={SearchX}
            title={query.search ? `No couples match “${query.search}”` : 'No couples match these filters'}
            action={
              clearHref ? (
                <Button asChild variant="secondary">
                  <Link href={clearHref}>Clear the search and filters</Link>
                </Button>
              ) : null
            }
          >
            <p>Check the spelling, or search for either partner’s first or last name.</p>
          </EmptyState>
        ) : isAdmin && shownCounselor !== 'all' && !caseload.showingAll ? (
          <EmptyState
            icon={UsersRound}
            title={shownCounselor === 'mine' ? 'No couples of your own yet' : 'No couples yet'}
            action={
              <Button asChild variant="secondary">
                <Link href={dashboardHref(base, query, { counselor: 'all', page: 1 })}>
                  See all counselors’ couples
                </Link>
              </Button>
            }
          >
            <p>Add a couple below, or look at the couples the practice’s other counselors see.</p>
          </EmptyState>
        ) : (
          <EmptyState icon={UsersRound} title="No couples yet">
            <p>Add the first couple below; both partners get an email invitation to their portal.</p>
          </EmptyState>
        )
      ) : caseload.rows.length === 0 ? (
        <EmptyState title="This page is past the end of the list">
          <p>
            <Link href={dashboardHref(base, query, { page: 1 })}>Go to the first page</Link>
          </p>
        </EmptyState>
      ) : (
        <CaseloadTable
          rows={caseload.rows}
          query={query}
          base={base}
          practiceId={practiceId}
          timeZone={practice.timeZone}
          showCounselor={isAdmin && shownCounselor !== 'mine'}
          caption={`Couples ${first}–${last} of ${caseload.total}, by ${SORT_NAMES[query.sort]} (${
            query.direction === 'asc' ? 'ascending' : 'descending'
          })`}
        />
      )}
      {pages > 1 ? (
        <nav aria-label="Caseload pages" className="mt-4 flex flex-wrap items-center justify-between gap-3">
          <span className="text-sm text-muted">
            Page {caseload.page} of {pages}
          </span>
          <div className="flex gap-2">
            {caseload.page > 1 ? (
              <Button asChild variant="secondary" size="sm">
                <Link href={dashboardHref(base, query, { page: caseload.page - 1 })}>Previous page</Link>
              </Button>
            ) : null}
            {caseload.page < pages ? (
              <Button asChild variant="secondary" size="sm">
                <Link href={dashboardHref(base, query, { page: caseload.page + 1 })}>Next page</Link>
              </Button>
            ) : null}
          </div>
        </nav>
      ) : null}
      <AddCoupleForm />
    </Page>
  );
}
