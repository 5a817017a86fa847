// Progress behavior by behavior: how much homework got done, and how the weekly check-ins moved,
// as ratings of yourself and by your partner, with the gap between them. Tables with bars, so a
// screen reader reads the numbers and a phone shows the shape.
import type { inferRouterOutputs } from '@trpc/server';
import { BEHAVIOR_LABELS } from '../../../server/services/homework/behavior-labels';
import type { AppRouter } from '../../../server/trpc/root';
import './progress-view.css';

type Progress = inferRouterOutputs<AppRouter>['portal']['progress'];

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
  const shown = progress.behaviors.filter(
    (b) => b.assigned > 0 || b.weeks.some((w) => w.selfAverage !== null),
  );
  if (shown.length === 0) return <p className="muted">Progress appears here once homework has been done.</p>;
  return (
    <div className="progress-grid">
      {shown.map((b) => {
        const rated = b.weeks.filter((w) => w.selfAverage !== null || w.partnerAverage !== null);
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
            {rated.length > 0 ? (
              <table className="ratings">
                <caption className="sr-only">Weekly check-in averages, 1 to 5</caption>
                <thead>
                  <tr>
                    <th scope="col">Week of</th>
                    <th scope="col">{selfLabel}</th>
                    <th scope="col">{partnerLabel}</th>
                    <th scope="col">Gap</th>
                  </tr>
                </thead>
                <tbody>
                  {rated.map((w) => (
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

function Bar({ value }: { value: number | null }) {
  return (
    <span className="bar-cell">
      <span className="bar" style={{ width: `${((value ?? 0) / 5) * 100}%` }} aria-hidden="true" />
      <span>{format(value)}</span>
    </span>
  );
}
