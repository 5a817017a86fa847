// One measure over the occasions the partners answered: a line for each partner (never averaged
// together), the clinical cut-off as a rule, each partner's no-reliable-change range around their
// first score, and the same figures as a table with the gap.

import type { ChartPerson } from '@/app/_components/homework/progress/progress-types';
import { ChartFigure } from '@/app/_components/ui/chart/chart-figure';
import { ChartLegend, type LegendItem } from '@/app/_components/ui/chart/chart-legend';
import { ChartTable } from '@/app/_components/ui/chart/chart-table';
import { LineChart } from '@/app/_components/ui/chart/line-chart';
import { formatDay } from '@/app/_lib/session-time';
import type { MeasureDefinition } from '@/server/services/measures/measure-definition';
import { bandOf } from '@/server/services/measures/measure-scoring';
import { formatScore, type TMeasureView } from './measure-words';

const CUT_OFF_COLOR = 'var(--color-danger-700)';

/** Every point of a short scale; the band boundaries of a long one (PHQ-9: 0, 5, 10, 15, 20, 27). */
function ticksOf(definition: MeasureDefinition): number[] {
  const [low, high] = definition.range;
  if (high - low <= 6) return Array.from({ length: high - low + 1 }, (_, i) => low + i);
  return [...new Set([low, ...definition.bands.map((band) => band.from), high])];
}

export function MeasureChart({
  definition,
  view,
  people,
  timeZone,
}: {
  definition: MeasureDefinition;
  view: TMeasureView;
  people: ChartPerson[];
  timeZone: string;
}) {
  const categories = view.occasions.map((o) => o.key);
  const dayOf = new Map(view.occasions.map((o) => [o.key, formatDay(o.at, timeZone)]));
  const format = (key: string) => (dayOf.get(key) ?? key).replace(/, \d{4}$/, '');
  const legend: LegendItem[] = [
    ...people.map((person) => ({
      kind: 'line' as const,
      label: person.name,
      color: person.color,
      marker: person.marker,
    })),
    ...(definition.clinicalCutOff !== null
      ? [
          {
            kind: 'rule' as const,
            label: `Clinical cut-off (${definition.clinicalCutOff})`,
            color: CUT_OFF_COLOR,
          },
        ]
      : []),
  ];
  const reliableChange = definition.reliableChange;
  const baselines =
    reliableChange === null
      ? []
      : people.flatMap((person) => {
          const first = view.occasions.find((o) => typeof o.scores[person.id] === 'number')?.scores[
            person.id
          ];
          return typeof first === 'number' ? [{ person, first }] : [];
        });
  legend.push(
    ...baselines.map(({ person, first }) => ({
      kind: 'range' as const,
      label: `${person.name}: no reliable change from ${formatScore(first)} (±${reliableChange})`,
      color: person.color,
    })),
  );
  const latest = view.occasions.at(-1);
  const direction = definition.better === 'lower' ? 'lower is better' : 'higher is better';
  return (
    <ChartFigure
      title={`${definition.title} by session`}
      context={definition.title}
      legend={<ChartLegend items={legend} />}
      chart={
        <LineChart
          summary={`${definition.title}, ${definition.range[0]} to ${definition.range[1]}, ${direction}. ${
            latest
              ? `Latest, ${format(latest.key)}: ${people.map((p) => `${p.name} ${formatScore(latest.scores[p.id])}`).join(', ')}.`
              : 'No answers yet.'
          }`}
          categories={categories}
          formatCategory={format}
          yDomain={[definition.range[0], definition.range[1]]}
          yTicks={ticksOf(definition)}
          series={people.map((person) => ({
            key: person.id,
            color: person.color,
            marker: person.marker,
            values: view.occasions.map((o) => o.scores[person.id] ?? null),
          }))}
          ranges={baselines.map(({ person, first }) => ({
            key: person.id,
            from: first - (reliableChange ?? 0),
            to: first + (reliableChange ?? 0),
            color: person.color,
          }))}
          rules={
            definition.clinicalCutOff !== null
              ? [{ key: 'cut-off', value: definition.clinicalCutOff, color: CUT_OFF_COLOR }]
              : []
          }
        />
      }
      table={
        <ChartTable
          caption={`${definition.title}: each partner’s score by session, and the gap between them`}
          columns={['Date', ...people.map((p) => p.name), 'Gap']}
          rows={view.occasions.map((o) => {
            const [a, b] = people.map((p) => o.scores[p.id] ?? null);
            return {
              key: o.key,
              header: format(o.key),
              cells: [
                ...people.map((p) => {
                  const score = o.scores[p.id];
                  // Plain words, not badges: the table must wrap to fit a phone.
                  return score === null || score === undefined
                    ? '–'
                    : `${formatScore(score)} (${bandOf(definition, score).label})`;
                }),
                a !== null && a !== undefined && b !== null && b !== undefined
                  ? formatScore(Math.abs(a - b))
                  : '–',
              ],
            };
          })}
        />
      }
    />
  );
}
