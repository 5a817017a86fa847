import Link from 'next/link';
import { Card, CardDescription, CardHeader, CardTitle } from '@/app/_components/ui/card';
import { formatCalendarDate } from '@/app/_lib/calendar-date';
import type { THomeworkItem, THomeworkPartner } from '@/app/_lib/router-types';
import { CheckInGaps } from '../_homework/check-in-gaps';
import { hasSubmission } from '../_homework/homework-status';

/** The latest answered check-in: how each partner sees themself beside how the other sees them. */
export function PerceptionGapsCard({
  items,
  partners,
  homeworkHref,
}: {
  items: THomeworkItem[];
  partners: THomeworkPartner[];
  homeworkHref: string;
}) {
  const latest = items
    .filter((item) => !item.cancelledAt && item.content.kind === 'check-in-scale' && hasSubmission(item))
    .sort((a, b) => b.dueOn.localeCompare(a.dueOn))[0];
  return (
    <Card aria-labelledby="gaps-heading">
      <CardHeader className="mb-3 block">
        <CardTitle id="gaps-heading">Perception gaps</CardTitle>
        {latest ? (
          <CardDescription>
            From “{latest.title}”, due {formatCalendarDate(latest.dueOn)}.
          </CardDescription>
        ) : null}
      </CardHeader>
      {latest && latest.content.kind === 'check-in-scale' ? (
        <CheckInGaps behaviors={latest.content.scaleBehaviors} partners={partners} slots={latest.slots} />
      ) : (
        <p className="m-0 text-sm text-muted">
          No check-in ratings yet.{' '}
          <Link href={`${homeworkHref}#assign-heading`} className="underline">
            Assign a check-in
          </Link>{' '}
          to see how each partner rates themself beside how the other rates them.
        </p>
      )}
    </Card>
  );
}
