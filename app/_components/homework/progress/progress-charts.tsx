// Progress behavior by behavior, as charts over the weeks: the behaviors with homework, ratings or
// observations first, then the ones with nothing yet in a line.
import { ChartLine } from 'lucide-react';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { BEHAVIOR_LABELS } from '@/server/services/homework/behavior-labels';
import { BehaviorProgress } from './behavior-progress';
import { chartPeople, hasRatings, shownWeeks } from './chart-series';
import type { TBehaviorProgress, TObserved, TProgress } from './progress-types';

export function ProgressCharts({
  progress,
  you,
  gapLabel,
  emptyHint,
}: {
  progress: TProgress;
  /** In a partner's own view, their partner id: they are "you" in the charts. */
  you?: string;
  gapLabel: string;
  /** What to do to get something here. */
  emptyHint: string;
}) {
  const people = chartPeople(progress.partners, you);
  const weeks = shownWeeks(progress);
  const observedOf = (b: TBehaviorProgress): TObserved | undefined =>
    'observed' in b ? b.observed : undefined;
  const isShown = (b: TBehaviorProgress) =>
    b.assigned > 0 || hasRatings(b) || (observedOf(b)?.length ?? 0) > 0;
  const shown = progress.behaviors.filter(isShown);
  const quiet = progress.behaviors.filter((b) => !isShown(b));
  if (shown.length === 0)
    return (
      <EmptyState icon={ChartLine} title="No progress to show yet">
        <p>{emptyHint}</p>
      </EmptyState>
    );
  return (
    <div className="flex flex-col gap-6">
      {shown.map((b) => (
        <BehaviorProgress
          key={b.behavior}
          behavior={b}
          people={people}
          weeks={weeks}
          observed={observedOf(b)}
          gapLabel={gapLabel}
        />
      ))}
      {quiet.length > 0 ? (
        <p className="m-0 text-sm text-muted">
          Nothing yet in these weeks for: {quiet.map((b) => BEHAVIOR_LABELS[b.behavior].name).join(', ')}.
        </p>
      ) : null}
    </div>
  );
}
