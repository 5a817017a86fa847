// The couple's measures in one small table: per measure, each partner's first, previous and latest
// score with the band and any reliable change, and the alerts. Beside a session note as it is
// written, and on the couple's overview, so the numbers are there without opening the Measures tab.
import Link from 'next/link';
import { chartPeople } from '@/app/_components/homework/progress/chart-series';
import { Badge } from '@/app/_components/ui/badge';
import { Card, CardHeader, CardTitle } from '@/app/_components/ui/card';
import type { RouterOutputs } from '@/app/_lib/router-types';
import { MEASURES } from '@/server/services/measures/catalogue';
import { alertText, formatScore } from './measure-words';
import { scoreTrail } from './score-trail';

export function MeasuresAtAGlance({
  data,
  measuresHref,
}: {
  data: RouterOutputs['measures']['forCouple'];
  measuresHref: string;
}) {
  const answered = data.measures.filter((m) => m.occasions.length > 0);
  if (answered.length === 0) return null;
  const people = chartPeople(data.partners.map((p) => ({ id: p.id, displayName: p.name })));
  const nameOf = (partnerId: string) => people.find((p) => p.id === partnerId)?.name ?? 'A partner';
  return (
    <Card aria-labelledby="glance-heading">
      <CardHeader>
        <CardTitle id="glance-heading">Measures</CardTitle>
        <Link href={measuresHref} className="text-sm font-semibold">
          Charts and answers
        </Link>
      </CardHeader>
      {data.alerts.length > 0 ? (
        <ul className="m-0 mb-3 flex list-none flex-wrap gap-2 p-0">
          {data.alerts.map((alert) => (
            <li key={`${alert.kind}-${alert.partnerId}-${'measure' in alert ? alert.measure : ''}`}>
              <Badge tone="warning" className="whitespace-normal">
                {alertText(alert, nameOf).title}
              </Badge>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">
            Each partner’s first, previous and latest score on each measure
          </caption>
          <thead>
            <tr>
              <th
                scope="col"
                className="border-b border-line py-1.5 pr-2 text-left text-xs font-semibold text-muted"
              >
                Measure
              </th>
              {people.map((person) => (
                <th
                  key={person.id}
                  scope="col"
                  className="border-b border-line px-2 py-1.5 text-left text-xs font-semibold text-muted"
                >
                  {person.name}: first · previous · latest
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {answered.map((view) => {
              const definition = MEASURES[view.measure];
              return (
                <tr key={view.measure}>
                  <th
                    scope="row"
                    className="border-b border-line py-2 pr-2 text-left font-normal whitespace-nowrap"
                  >
                    {definition.title}
                  </th>
                  {people.map((person) => {
                    const trail = scoreTrail(definition, view, person.id);
                    return (
                      <td key={person.id} className="border-b border-line px-2 py-2 align-top">
                        {trail === null ? (
                          <span className="text-muted">No answers</span>
                        ) : (
                          <span className="flex flex-wrap items-center gap-1.5">
                            <span className="tabular-nums">
                              {formatScore(trail.first)} · {formatScore(trail.previous)} ·{' '}
                              <strong>{formatScore(trail.latest)}</strong>
                            </span>
                            <Badge tone={trail.band.tone}>{trail.band.label}</Badge>
                            {trail.change ? (
                              <Badge tone={trail.change.tone}>{trail.change.label}</Badge>
                            ) : null}
                          </span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
