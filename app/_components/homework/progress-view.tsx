// Progress behavior by behavior: how much homework got done, and how the weekly check-ins moved,
// as ratings of yourself and by your partner, with the gap between them; for staff, beside what
// the counselor observed in sessions that week. Tables with bars, so a screen reader reads the
// numbers and a phone shows the shape.
import type { inferRouterOutputs } from '@trpc/server';
import { BEHAVIOR_LABELS } from '../../../server/services/homework/behavior-labels';
import type { AppRouter } from '../../../server/trpc/root';
import { OBSERVATION_LEVEL_LABELS } from '../../_lib/observation-labels';
import './progress-view.css';

type StaffProgress = inferRouterOutputs<AppRouter>['homework']['progress'];
type Progress = inferRouterOutputs<AppRouter>['portal']['progress'] | StaffProgress;
type Observed = StaffProgress['behaviors'][number]['observed'];
type Week = Progress['behaviors'][number]['weeks'][number];

const format = (n: number | null) => (n === null ? '–' : n.toFixed(1));

function weekLabel(weekOf: string): string {
  return new Date(`${weekOf}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}

export function ProgressView({
  progress,
  selfLabel,
  partnerLabel,
}: {
  progress: Progress;
  selfLabel: string;
  partnerLabel: string;
}) {
  const withObservations = progress.behaviors.some((b) => 'observed' in b);
  const shown = progress.behaviors.filter(
    (b) => b.assigned > 0 || b.weeks.some((w) => w.selfAverage !== null) || observedOf(b).length > 0,
  );
  if (shown.length === 0) return <p className="muted">Progress appears here once homework has been done.</p>;
  return (
    <div className="progress-grid">
      {shown.map((b) => {
        const rows = weekRows(b.weeks, observedOf(b));
        return (
          <section key={b.behavior} className="card progress-card" aria-labelledby={`progress-${b.behavior}`}>
            <h3 id={`progress-${b.behavior}`}>{BEHAVIOR_LABELS[b.behavior].name}</h3>
            {b.assigned > 0 ? (
              <p>
                <span id={`done-${b.behavior}`}>
                  Done {b.completed} of {b.assigned}
                </span>
                <progress aria-labelledby={`done-${b.behavior}`} max={b.assigned} value={b.completed} />
              </p>
            ) : null}
            {rows.length > 0 ? (
              <table className="ratings">
                <caption className="sr-only">
                  Weekly check-in averages, 1 to 5
                  {withObservations ? ', and the level observed in session' : ''}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Week of</th>
                    <th scope="col">{selfLabel}</th>
                    <th scope="col">{partnerLabel}</th>
                    <th scope="col">Gap</th>
                    {withObservations ? <th scope="col">Observed</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {rows.map(({ week: w, observed }) => (
                    <tr key={w.weekOf}>
                      <th scope="row">{weekLabel(w.weekOf)}</th>
                      <td>
                        <Bar value={w.selfAverage} />
                      </td>
                      <td>
                        <Bar value={w.partnerAverage} />
                      </td>
                      <td className={w.gap !== null && w.gap >= 1.5 ? 'gap-wide' : undefined}>
                        {format(w.gap)}
                      </td>
                      {withObservations ? (
                        <td>{observed ? OBSERVATION_LEVEL_LABELS[observed.level] : '–'}</td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}

function observedOf(b: Progress['behaviors'][number]): Observed {
  return 'observed' in b ? b.observed : [];
}

/** Weeks with a rating or an observation, oldest first; the week's latest session gives its level. */
function weekRows(weeks: Week[], observed: Observed) {
  const rated = weeks.filter((w) => w.selfAverage !== null || w.partnerAverage !== null);
  const byWeek = new Map(rated.map((w) => [w.weekOf, w]));
  for (const o of observed)
    if (!byWeek.has(o.weekOf))
      byWeek.set(o.weekOf, { weekOf: o.weekOf, selfAverage: null, partnerAverage: null, gap: null });
  return [...byWeek.values()]
    .sort((a, b) => a.weekOf.localeCompare(b.weekOf))
    .map((week) => ({ week, observed: observed.findLast((o) => o.weekOf === week.weekOf) }));
}

function Bar({ value }: { value: number | null }) {
  return (
    <span className="rating-bar-cell">
      <span className="rating-bar" style={{ width: `${((value ?? 0) / 5) * 100}%` }} aria-hidden="true" />
      <span>{format(value)}</span>
    </span>
  );
}
