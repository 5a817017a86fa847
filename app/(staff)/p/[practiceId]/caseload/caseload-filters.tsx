// Filters as a plain GET form: works without JavaScript and keeps the choice in the URL.
import type { TCaseloadSort } from '../../../../../server/services/dashboard/caseload-dashboard-sql';
import type { DashboardQuery } from './dashboard-query';

type Counselor = { membershipId: string; name: string };

export function CaseloadFilters({
  query,
  counselors,
}: {
  query: DashboardQuery;
  /** Present for owners and admins, who may look at other caseloads. */
  counselors: Counselor[] | null;
}) {
  const keepSort: { name: string; value: TCaseloadSort | string }[] = [
    { name: 'sort', value: query.sort },
    { name: 'dir', value: query.direction },
  ];
  return (
    <form method="get" className="filters card" aria-label="Filter the caseload">
      {keepSort.map((hidden) => (
        <input key={hidden.name} type="hidden" name={hidden.name} value={hidden.value} />
      ))}
      {counselors ? (
        <div className="field">
          <label htmlFor="filter-counselor">Counselor</label>
          <select id="filter-counselor" name="counselor" defaultValue={query.counselor}>
            <option value="mine">My couples</option>
            <option value="all">All counselors</option>
            {counselors.map((c) => (
              <option key={c.membershipId} value={c.membershipId}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="filter-status">Status</label>
        <select id="filter-status" name="status" defaultValue={query.status}>
          <option value="active">Active</option>
          <option value="paused">Paused</option>
          <option value="closed">Closed</option>
          <option value="any">Any status</option>
        </select>
      </div>
      <fieldset className="checks">
        <legend>Show only</legend>
        <label className="check">
          <input type="checkbox" name="overdue" value="1" defaultChecked={query.overdueOnly} /> Overdue
          homework
        </label>
        <label className="check">
          <input type="checkbox" name="quiet" value="1" defaultChecked={query.quietOnly} /> Quiet couples
        </label>
        <label className="check">
          <input type="checkbox" name="unsigned" value="1" defaultChecked={query.unsignedNotesOnly} />{' '}
          Unsigned notes
        </label>
      </fieldset>
      <button type="submit" className="button">
        Apply filters
      </button>
    </form>
  );
}
