// Homework for one behavior, week by week: per partner, what was asked (dashed outline) and what
// got done (filled; the second partner's bars striped).
import { BarChart } from '@/app/_components/ui/chart/bar-chart';
import { ChartFigure } from '@/app/_components/ui/chart/chart-figure';
import { ChartLegend } from '@/app/_components/ui/chart/chart-legend';
import { ChartTable } from '@/app/_components/ui/chart/chart-table';
import { homeworkSeries, weekLabel } from './chart-series';
import type { ChartPerson, TBehaviorProgress } from './progress-types';

export function HomeworkChart({
  behaviorName,
  behavior,
  people,
  weeks,
}: {
  behaviorName: string;
  behavior: TBehaviorProgress;
  people: ChartPerson[];
  weeks: string[];
}) {
  const series = people.map((person) => ({ person, ...homeworkSeries(behavior, person.id, weeks) }));
  const dueWeeks = weeks.filter((_, i) => series.some((s) => (s.asked[i] ?? 0) > 0));
  return (
    <ChartFigure
      context={behaviorName}
      title="Homework done"
      legend={
        <ChartLegend
          items={[
            ...people.map((p) => ({
              kind: 'bar' as const,
              label: p.name,
              color: p.color,
              striped: p.striped,
            })),
            { kind: 'outline', label: 'Asked', color: 'var(--color-line-strong)' },
          ]}
        />
      }
      chart={
        <BarChart
          summary={`${behaviorName}: homework done of homework asked, per week, for ${people.map((p) => p.object).join(' and ')}. ${behavior.completed} of ${behavior.assigned} done in all.`}
          categories={weeks}
          formatCategory={weekLabel}
          series={series.map((s) => ({
            key: s.person.id,
            color: s.person.color,
            striped: s.person.striped,
            asked: s.asked,
            done: s.done,
          }))}
        />
      }
      table={
        <ChartTable
          caption={`${behaviorName}: homework done of homework asked, per week`}
          columns={['Week of', ...people.map((p) => p.name)]}
          empty="No homework for this behavior yet."
          rows={dueWeeks.map((weekOf) => {
            const i = weeks.indexOf(weekOf);
            return {
              key: weekOf,
              header: weekLabel(weekOf),
              cells: series.map((s) => `${s.done[i] ?? 0} of ${s.asked[i] ?? 0}`),
            };
          })}
        />
      }
    />
  );
}
