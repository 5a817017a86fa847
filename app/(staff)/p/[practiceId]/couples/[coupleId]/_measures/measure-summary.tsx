// Each partner's first, previous and latest score on a measure, with the band and whether the
// change since the first is reliable: the three numbers a counselor quotes in a note.

import type { ChartPerson } from '@/app/_components/homework/progress/progress-types';
import { Badge } from '@/app/_components/ui/badge';
import type { MeasureDefinition } from '@/server/services/measures/measure-definition';
import { bandOf, reliableChange } from '@/server/services/measures/measure-scoring';
import { formatScore, type TMeasureView } from './measure-words';

const CHANGE_TONES = { improved: 'success', worse: 'danger', 'no reliable change': 'neutral' } as const;

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
        const scores = view.occasions
          .map((o) => o.scores[person.id])
          .filter((score): score is number => score !== null && score !== undefined);
        const [first, previous, latest] = [scores[0], scores.at(-2), scores.at(-1)];
        const change =
          first !== undefined && latest !== undefined && scores.length > 1
            ? reliableChange(definition, first, latest)
            : null;
        return (
          <div key={person.id} className="rounded-md border border-line p-3">
            <dt className="m-0 text-sm font-semibold text-ink">{person.name}</dt>
            <dd className="m-0 mt-1 text-sm">
              {latest === undefined ? (
                <span className="text-muted">No answers yet.</span>
              ) : (
                <>
                  <span className="flex flex-wrap items-center gap-2">
                    <span className="text-2xl font-semibold tabular-nums text-ink">
                      {formatScore(latest)}
                    </span>
                    <Badge
                      tone={
                        ({ calm: 'success', watch: 'warning', concern: 'danger' } as const)[
                          bandOf(definition, latest).tone
                        ]
                      }
                    >
                      {bandOf(definition, latest).label}
                    </Badge>
                    {change ? (
                      <Badge tone={CHANGE_TONES[change]}>
                        {change === 'no reliable change'
                          ? 'No reliable change'
                          : change === 'improved'
                            ? 'Reliably improved'
                            : 'Reliably worse'}
                      </Badge>
                    ) : null}
                  </span>
                  <span className="mt-1 block text-muted">
                    First {formatScore(first)} · previous {scores.length > 1 ? formatScore(previous) : '–'} ·
                    latest {formatScore(latest)}
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
