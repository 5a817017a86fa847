// One partner's ratings for one behavior: how they rated themself (solid) beside how the other
// rated them (dashed), each line in its rater's colour and marker; weeks far apart are shaded.

import { Badge } from '@/app/_components/ui/badge';
import { ChartFigure } from '@/app/_components/ui/chart/chart-figure';
import { ChartLegend, type LegendItem } from '@/app/_components/ui/chart/chart-legend';
import { ChartTable } from '@/app/_components/ui/chart/chart-table';
import { LineChart } from '@/app/_components/ui/chart/line-chart';
import { isPerceptionGap, PERCEPTION_GAP } from '@/server/services/homework/progress/perception-gap';
import { formatRating, type RatingSeries, weekLabel } from './chart-series';
import type { ChartPerson } from './progress-types';

const GAP_BAND = 'var(--color-warning-100)';

export function RatingChart({
  behaviorName,
  person,
  other,
  weeks,
  series,
  gapLabel,
}: {
  behaviorName: string;
  person: ChartPerson;
  other: ChartPerson | undefined;
  weeks: string[];
  series: RatingSeries;
  gapLabel: string;
}) {
  const own = `${person.possessive} own rating`;
  const theirs = other ? `${other.possessive} rating of ${person.object}` : 'Partner’s rating';
  const legend: LegendItem[] = [
    { kind: 'line', label: own, color: person.color, marker: person.marker },
    ...(other
      ? [{ kind: 'line' as const, label: theirs, color: other.color, marker: other.marker, dashed: true }]
      : []),
    ...(series.wide.some(Boolean)
      ? [{ kind: 'band' as const, label: `${gapLabel} (${PERCEPTION_GAP}+ apart)`, color: GAP_BAND }]
      : []),
  ];
  const latest = series.rated.at(-1);
  return (
    <ChartFigure
      context={behaviorName}
      title={person.name}
      legend={<ChartLegend items={legend} />}
      chart={
        <LineChart
          summary={`${behaviorName}, ${person.name}: ratings from 1 to 5 by week. ${
            latest
              ? `Latest, week of ${weekLabel(latest.weekOf)}: ${own} ${formatRating(latest.self)}; ${theirs} ${formatRating(latest.byOther)}.`
              : 'No ratings yet.'
          }`}
          categories={weeks}
          formatCategory={weekLabel}
          yDomain={[1, 5]}
          yTicks={[1, 2, 3, 4, 5]}
          highlighted={series.wide}
          highlightColor={GAP_BAND}
          series={[
            { key: 'self', color: person.color, marker: person.marker, values: series.self },
            ...(other
              ? [
                  {
                    key: 'by-other',
                    color: other.color,
                    marker: other.marker,
                    dashed: true,
                    values: series.byOther,
                  },
                ]
              : []),
          ]}
        />
      }
      table={
        <ChartTable
          caption={`${behaviorName}: ${person.name}, ratings from 1 to 5 by week`}
          columns={['Week of', 'Own', other ? `By ${other.object}` : 'By partner', 'Apart']}
          empty="No ratings yet."
          rows={series.rated.map((w) => ({
            key: w.weekOf,
            header: weekLabel(w.weekOf),
            cells: [
              formatRating(w.self),
              formatRating(w.byOther),
              <span key="gap" className="inline-flex flex-wrap items-center gap-1">
                {formatRating(w.gap)}
                {isPerceptionGap(w.gap) ? <Badge tone="warning">{gapLabel}</Badge> : null}
              </span>,
            ],
          }))}
        />
      }
    />
  );
}
