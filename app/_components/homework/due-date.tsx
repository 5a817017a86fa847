'use client';
import { useEffect, useState } from 'react';
import { formatCalendarDate, localIsoDate } from '../../_lib/calendar-date';
import { Badge } from '../ui/badge';

/**
 * A due date, marked overdue by the viewer's own calendar. "Today" is read in the browser after
 * the first render, so the server's time zone never decides it.
 */
export function DueDate({ dueOn, open }: { dueOn: string; open: boolean }) {
  const [today, setToday] = useState<string | null>(null);
  useEffect(() => setToday(localIsoDate()), []);
  const overdue = open && today !== null && dueOn < today;
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5 font-semibold text-ink">
      Due {formatCalendarDate(dueOn)}
      {overdue ? <Badge tone="danger">Overdue</Badge> : null}
    </span>
  );
}
