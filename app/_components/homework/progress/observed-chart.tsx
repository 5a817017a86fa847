// What the counselor saw of one behavior in sessions: the level from each signed note, by week.

import { ChartFigure } from '@/app/_components/ui/chart/chart-figure';
import { ChartTable } from '@/app/_components/ui/chart/chart-table';
import { LineChart } from '@/app/_components/ui/chart/line-chart';
import { formatCalendarDate } from '@/app/_lib/calendar-date';
import { OBSERVATION_LEVEL_LABELS } from '@/app/_lib/observation-labels';
import { OBSERVATION_LEVELS } from '@/server/services/notes/note-shape';
import { observedSeries, weekLabel } from './chart-series';
import type { TObserved } from './progress-types';

const SHORT = ['None', 'Emerging', 'Present', 'Strong'];

export function ObservedChart({
  behaviorName,
  observed,
  weeks,
}: {
  behaviorName: string;
  observed: TObserved;
  weeks: string[];
}) {
  const latest = observed.at(-1);
  return (
    <ChartFigure
      context={behaviorName}
      title="Seen in sessions"
      chart={
        <LineChart
          summary={`${behaviorName}: the level you observed in signed session notes, by week. ${
            latest
              ? `Latest, ${formatCalendarDate(latest.on)}: ${OBSERVATION_LEVEL_LABELS[latest.level]}.`
              : 'No signed notes in this period.'
          }`}
          categories={weeks}
          formatCategory={weekLabel}
          yDomain={[0, OBSERVATION_LEVELS.length - 1]}
          yTicks={OBSERVATION_LEVELS.map((_, i) => i)}
          formatY={(step) => SHORT[step] ?? ''}
          height={150}
          yAxisWidth={62}
          series={[
            {
              key: 'observed',
              color: 'var(--color-ink)',
              marker: 'diamond',
              pointsOnly: true,
              values: observedSeries(observed, weeks),
            },
          ]}
        />
      }
      table={
        <ChartTable
          caption={`${behaviorName}: the level observed in each signed session note`}
          columns={['Session', 'Level']}
          empty="No signed session notes in this period."
          rows={observed.map((o, i) => ({
            key: `${o.on}-${i}`,
            header: formatCalendarDate(o.on),
            cells: [OBSERVATION_LEVEL_LABELS[o.level]],
          }))}
        />
      }
    />
  );
}
