// One behavior's small multiples: each partner's ratings, the homework done, and (for staff) the
// level seen in sessions. Two columns when the card is wide enough, one above the other when not.

import { Badge } from '@/app/_components/ui/badge';
import { Card, CardHeader, CardTitle } from '@/app/_components/ui/card';
import { BEHAVIOR_LABELS } from '@/server/services/homework/behavior-labels';
import { hasRatings, hasWideGap, ratingSeries } from './chart-series';
import { HomeworkChart } from './homework-chart';
import { ObservedChart } from './observed-chart';
import type { ChartPerson, TBehaviorProgress, TObserved } from './progress-types';
import { RatingChart } from './rating-chart';

export function BehaviorProgress({
  behavior,
  people,
  weeks,
  observed,
  gapLabel,
}: {
  behavior: TBehaviorProgress;
  people: ChartPerson[];
  weeks: string[];
  /** Staff only: the levels from signed session notes. */
  observed?: TObserved;
  gapLabel: string;
}) {
  const name = BEHAVIOR_LABELS[behavior.behavior].name;
  const headingId = `progress-${behavior.behavior}`;
  return (
    <Card aria-labelledby={headingId} className="@container">
      <CardHeader>
        <CardTitle as="h3" id={headingId}>
          {name}
        </CardTitle>
        <div className="flex flex-wrap gap-2">
          {behavior.assigned > 0 ? (
            <Badge tone={behavior.completed === behavior.assigned ? 'success' : 'neutral'}>
              {behavior.completed} of {behavior.assigned} done
            </Badge>
          ) : null}
          {hasWideGap(behavior) ? <Badge tone="warning">{gapLabel}</Badge> : null}
        </div>
      </CardHeader>
      <div className="grid gap-x-8 gap-y-6 @2xl:grid-cols-2 @6xl:grid-cols-3">
        {hasRatings(behavior) ? (
          people.map((person) => (
            <RatingChart
              key={person.id}
              behaviorName={name}
              person={person}
              other={people.find((p) => p.id !== person.id)}
              weeks={weeks}
              series={ratingSeries(behavior, person.id, weeks)}
              gapLabel={gapLabel}
            />
          ))
        ) : (
          <p className="m-0 text-sm text-muted @2xl:col-span-full">
            No check-in ratings for this behavior yet: they appear here once a check-in is sent.
          </p>
        )}
        {behavior.assigned > 0 ? (
          <HomeworkChart behaviorName={name} behavior={behavior} people={people} weeks={weeks} />
        ) : null}
        {observed && observed.length > 0 ? (
          <ObservedChart behaviorName={name} observed={observed} weeks={weeks} />
        ) : null}
      </div>
    </Card>
  );
}
