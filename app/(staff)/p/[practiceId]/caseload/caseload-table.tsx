// The caseload as an accessible table: sortable column headers (links with aria-sort), per-partner
// figures, a "quiet" badge and a link to each couple's pre-session digest.
import Link from 'next/link';
import type { TCaseloadSort } from '../../../../../server/services/dashboard/caseload-dashboard-sql';
import type { RouterOutputs } from '../../../../_lib/router-types';
import { formatDay, formatInstant } from '../../../../_lib/session-time';
import { type DashboardQuery, dashboardHref, NATURAL_DIRECTION } from './dashboard-query';

type Row = RouterOutputs['dashboard']['caseload']['rows'][number];

const when = (date: Date | null, withTime: boolean, timeZone: string) =>
  date ? (
    <time dateTime={date.toISOString()}>
      {withTime ? formatInstant(date, timeZone) : formatDay(date, timeZone)}
    </time>
  ) : (
    <span className="muted">None</span>
  );

function SortHeader({
  label,
  sort,
  query,
  base,
}: {
  label: string;
  sort: TCaseloadSort;
  query: DashboardQuery;
  base: string;
}) {
  const active = query.sort === sort;
  const direction = active ? (query.direction === 'asc' ? 'desc' : 'asc') : NATURAL_DIRECTION[sort];
  return (
    <th scope="col" aria-sort={active ? (query.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
      <Link href={dashboardHref(base, query, { sort, direction, page: 1 })}>
        {label}
        {active ? <span aria-hidden="true">{query.direction === 'asc' ? ' ▲' : ' ▼'}</span> : null}
        <span className="sr-only">, sort {direction === 'asc' ? 'ascending' : 'descending'}</span>
      </Link>
    </th>
  );
}

function PerPartner({ row, figure }: { row: Row; figure: 'overdue' | 'completedSinceLastSession' }) {
  return (
    <ul>
      {row.partners.map((p) => (
        <li key={p.partnerId}>
          <span className="muted">{p.name.split(' ')[0]}:</span>{' '}
          {figure === 'overdue' && p.overdue > 0 ? <strong>{p.overdue}</strong> : p[figure]}
        </li>
      ))}
    </ul>
  );
}

export function CaseloadTable({
  rows,
  query,
  base,
  practiceId,
  timeZone,
  caption,
  showCounselor,
}: {
  rows: Row[];
  query: DashboardQuery;
  base: string;
  practiceId: string;
  /** The practice's zone: every time shown is read on its clock. */
  timeZone: string;
  caption: string;
  showCounselor: boolean;
}) {
  const header = (label: string, sort: TCaseloadSort) => (
    <SortHeader label={label} sort={sort} query={query} base={base} />
  );
  return (
    <table className="responsive caseload">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {header('Couple', 'name')}
          {header('Next session', 'next-session')}
          {header('Last session', 'last-session')}
          <th scope="col">Homework due</th>
          {header('Overdue', 'overdue')}
          <th scope="col">Sent since last session</th>
          <th scope="col">Unsigned notes</th>
          {header('Last activity', 'last-activity')}
          {showCounselor ? <th scope="col">Counselor</th> : null}
          <th scope="col">Before the session</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const names = row.partners.map((p) => p.name).join(' & ');
          return (
            <tr key={row.id}>
              <td>
                <Link id={`couple-${row.id}`} href={`/p/${practiceId}/couples/${row.id}`}>
                  {names}
                </Link>{' '}
                {row.openSafetyFlags > 0 ? (
                  <span className="badge danger">
                    {row.openSafetyFlags} safety {row.openSafetyFlags === 1 ? 'flag' : 'flags'}
                  </span>
                ) : null}
                {row.safetyHold ? <span className="badge danger">Safety hold</span> : null}
                {row.quiet ? <span className="badge warn">Quiet</span> : null}
                {row.status !== 'active' ? <span className="badge">{row.status}</span> : null}
              </td>
              <td data-label="Next session">{when(row.nextSessionAt, true, timeZone)}</td>
              <td data-label="Last session">{when(row.lastSessionAt, true, timeZone)}</td>
              <td data-label="Homework due">{row.homeworkDue}</td>
              <td data-label="Overdue">
                <PerPartner row={row} figure="overdue" />
              </td>
              <td data-label="Sent since last session">
                <PerPartner row={row} figure="completedSinceLastSession" />
              </td>
              <td data-label="Unsigned notes">
                {row.unsignedNotes > 0 ? <span className="badge warn">{row.unsignedNotes}</span> : 0}
              </td>
              <td data-label="Last activity">{when(row.lastActivityAt, false, timeZone)}</td>
              {showCounselor ? <td data-label="Counselor">{row.counselorName}</td> : null}
              <td>
                {/* Described by the couple's name, so the link's own name stays short and unique. */}
                <Link
                  href={`/p/${practiceId}/caseload/digest/${row.id}`}
                  aria-describedby={`couple-${row.id}`}
                >
                  Digest
                </Link>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
