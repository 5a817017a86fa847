// Each partner's first, previous and latest score on a measure, with the band and whether the
// change since the first is reliable: the three numbers a counselor quotes in a note.
import type { ChartPerson } from '@/app/_components/homework/progress/progress-types';
import { Badge } from '@/app/_components/ui/badge';
import type { MeasureDefinition } from '@/server/services/measures/measure-definition';
import { formatScore, type TMeasureView } from './measure-words';
import { scoreTrail } from './score-trail';

export function MeasureSummary({
  definition,
  view,
  people,
}: {
  definition: MeasureDefinition;
  view: TMeasureView;
  people: ChartPerson[];
}) {
  return (
    <dl className="m-0 grid gap-3 sm:grid-cols-2 lg:grid-cols-1 xl:grid-cols-2">
      {people.map((person) => {
        const trail = scoreTrail(definition, view, person.id);
        return (
          <div key={person.id} className="rounded-md border border-line p-3">
            <dt className="m-0 text-sm font-semibold text-ink">{person.name}</dt>
            <dd className="m-0 mt-1 text-sm">
              {trail === null ? (
                <span className="text-muted">No answers yet.</span>
              ) : (
                <>
                  <span className="flex flex-wrap items-center gap-2">
                    <span className="text-2xl font-semibold tabular-nums text-ink">
                      {formatScore(trail.latest)}
                    </span>
                    <Badge tone={trail.band.tone}>{trail.band.label}</Badge>
                    {trail.change ? <Badge tone={trail.change.tone}>{trail.change.label}</Badge> : null}
                  </span>
                  <span className="mt-1 block text-muted">
                    First {formatScore(trail.first)} · previous {formatScore(trail.previous)} · latest{' '}
                    {formatScore(trail.latest)}
                  </span>
                </>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
