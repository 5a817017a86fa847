// The couple's measures in one small table: per measure, each partner's first, previous and latest
// score with the band and any reliable change, and the alerts. Beside a session note as it is
// written, and on the couple's overview, so the numbers are there without opening the Measures tab.
import Link from 'next/link';
import { chartPeople } from '@/app/_components/homework/progress/chart-series';
import { Badge } from '@/app/_components/ui/badge';
import { Card, CardHeader, CardTitle } from '@/app/_components/ui/card';
import { DataTable } from '@/app/_components/ui/data-table';
import type { RouterOutputs } from '@/app/_lib/router-types';
import { alertText, formatScore, type TMeasureView } from './measure-words';
import { type ScoreTrail, scoreTrail } from './score-trail';

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
                {alertText(alert, nameOf, data).title}
              </Badge>
            </li>
          ))}
        </ul>
      ) : null}
      <DataTable
        caption="Each partner’s first, previous and latest score on each measure"
        rowKey={(view) => view.measure}
        rows={answered}
        columns={[
          { key: 'measure', header: 'Measure', cell: (view: TMeasureView) => view.definition.title },
          ...people.map((person) => ({
            key: person.id,
            header: `${person.name}: first · previous · latest`,
            cell: (view: TMeasureView) => <Trail trail={scoreTrail(view.definition, view, person.id)} />,
          })),
        ]}
      />
    </Card>
  );
}

function Trail({ trail }: { trail: ScoreTrail | null }) {
  if (trail === null) return <span className="text-muted">No answers</span>;
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <span className="tabular-nums">
        {formatScore(trail.first)} · {formatScore(trail.previous)} ·{' '}
        <strong>{formatScore(trail.latest)}</strong>
      </span>
      <Badge tone={trail.band.tone}>{trail.band.label}</Badge>
      {trail.change ? <Badge tone={trail.change.tone}>{trail.change.label}</Badge> : null}
    </span>
  );
}
