// Search and filters as a plain GET form: works without JavaScript and keeps the choice in the URL.
import { Search } from 'lucide-react';
import Link from 'next/link';
import { Button } from '@/app/_components/ui/button';
import { Choice } from '@/app/_components/ui/choice';
import { Field, SelectField } from '@/app/_components/ui/field';
import type { DashboardQuery } from './dashboard-query';

type Counselor = { membershipId: string; name: string };

export function CaseloadFilters({
  query,
  counselors,
  shownCounselor,
  clearHref,
}: {
  query: DashboardQuery;
  /** Present for owners and admins, who may look at other caseloads. */
  counselors: Counselor[] | null;
  /** The scope the list shows ('mine', 'all' or a membership id), for the counselor choice. */
  shownCounselor: string;
  /** The list without search and filters, when any is applied. */
  clearHref: string | null;
}) {
  return (
    <form
      method="get"
      aria-label="Filter the caseload"
      className="mb-6 rounded-lg border border-line bg-surface p-4 shadow-card"
    >
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.direction} />
      <div
        className={
          counselors
            ? 'grid gap-x-4 sm:grid-cols-2 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_minmax(0,1fr)]'
            : 'grid gap-x-4 sm:grid-cols-2 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)]'
        }
      >
        <Field
          label="Search by name"
          name="q"
          id="filter-search"
          type="search"
          defaultValue={query.search}
          maxLength={100}
          placeholder="Either partner’s name"
          fieldClassName="sm:col-span-2 lg:col-span-1"
        />
        {counselors ? (
          <SelectField label="Counselor" name="counselor" id="filter-counselor" defaultValue={shownCounselor}>
            <option value="mine">My couples</option>
            <option value="all">All counselors</option>
            {counselors.map((c) => (
              <option key={c.membershipId} value={c.membershipId}>
                {c.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <SelectField label="Status" name="status" id="filter-status" defaultValue={query.status}>
          <option value="active">Active</option>
          <option value="paused">Paused</option>
          <option value="closed">Closed</option>
          <option value="any">Any status</option>
        </SelectField>
        <SelectField
          label="Measure alerts"
          name="alert"
          id="filter-alert"
          defaultValue={query.measureAlert ?? ''}
        >
          <option value="">With or without</option>
          <option value="any">Any alert</option>
          <option value="alliance-split">Alliance split</option>
          <option value="worse">Worse</option>
          <option value="not-improving">Not improving</option>
        </SelectField>
      </div>
      <div className="flex flex-wrap items-end justify-between gap-x-6 gap-y-3">
        <fieldset className="m-0 min-w-0 border-0 p-0">
          <legend className="mb-1 p-0 text-sm font-semibold text-ink">Show only</legend>
          <div className="flex flex-wrap gap-x-5">
            <Choice
              type="checkbox"
              name="overdue"
              value="1"
              defaultChecked={query.overdueOnly}
              label="Overdue homework"
            />
            <Choice
              type="checkbox"
              name="quiet"
              value="1"
              defaultChecked={query.quietOnly}
              label="Quiet couples"
            />
            <Choice
              type="checkbox"
              name="unsigned"
              value="1"
              defaultChecked={query.unsignedNotesOnly}
              label="Unsigned notes"
            />
          </div>
        </fieldset>
        <div className="flex flex-wrap items-center gap-2">
          {clearHref ? (
            <Button asChild variant="ghost">
              <Link href={clearHref}>Clear</Link>
            </Button>
          ) : null}
          <Button type="submit">
            <Search aria-hidden />
            Apply filters
          </Button>
        </div>
      </div>
    </form>
  );
}
