import { formatCalendarDate } from '@/app/_lib/calendar-date';
import { Badge } from '../ui/badge';
import { WhenPast } from './when-past';

/** A due date, marked overdue by the viewer's own calendar while the homework is open. */
export function DueDate({ dueOn, open }: { dueOn: string; open: boolean }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5 font-semibold text-ink">
      Due {formatCalendarDate(dueOn)}
      {open ? (
        <WhenPast date={dueOn}>
          <Badge tone="danger">Overdue</Badge>
        </WhenPast>
      ) : null}
    </span>
  );
}
