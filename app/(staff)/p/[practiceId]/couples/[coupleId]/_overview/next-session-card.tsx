import { CalendarClock, CalendarPlus } from 'lucide-react';
import Link from 'next/link';
import { Button } from '@/app/_components/ui/button';
import { Card, CardHeader, CardTitle } from '@/app/_components/ui/card';
import { FORMAT_LABELS, formatSessionTime } from '@/app/_lib/session-time';
import type { TRecordSession } from '../_record/couple-record';

/** When the couple meets next, how and where, or the way to book it. */
export function NextSessionCard({
  session,
  timeZone,
  base,
  canSchedule,
}: {
  session: TRecordSession | undefined;
  timeZone: string;
  base: string;
  canSchedule: boolean;
}) {
  return (
    <Card aria-labelledby="next-session-heading">
      <CardHeader>
        <CardTitle id="next-session-heading" className="flex items-center gap-2">
          <CalendarClock aria-hidden className="size-5 text-brand-700" />
          Next session
        </CardTitle>
      </CardHeader>
      {session ? (
        <>
          <p className="m-0 font-semibold">
            {formatSessionTime(session.startsAt, session.durationMinutes, timeZone)}
          </p>
          <p className="m-0 mt-1 text-sm text-muted">
            {FORMAT_LABELS[session.format]} · {session.durationMinutes} min
            {session.format === 'in-person' && session.address ? ` · ${session.address}` : ''}
          </p>
          <p className="m-0 mt-3 text-sm">
            <Link href={`${base}/sessions/${session.id}`} className="underline">
              Open the session note
            </Link>
          </p>
        </>
      ) : (
        <p className="m-0 text-sm text-muted">
          {canSchedule ? 'No session booked yet.' : 'No session booked. The file is closed.'}
        </p>
      )}
      {canSchedule ? (
        <Button asChild variant={session ? 'ghost' : 'secondary'} size="sm" className="mt-4">
          <Link href={`${base}/sessions#schedule-heading`}>
            <CalendarPlus aria-hidden />
            {session ? 'Book another session' : 'Schedule a session'}
          </Link>
        </Button>
      ) : null}
    </Card>
  );
}
