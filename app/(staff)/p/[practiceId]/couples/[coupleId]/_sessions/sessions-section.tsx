import { CalendarX2, History } from 'lucide-react';
import Link from 'next/link';
import { Button } from '@/app/_components/ui/button';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { loadOrRedirect, serverApi } from '@/app/_lib/server-api';
import { zoneAbbreviation } from '@/app/_lib/session-time';
import { ScheduleSessionForm } from './schedule-session-form';
import { SessionItem } from './session-item';

/** The couple's sessions: what is coming, what has been, and a form to book the next. */
export async function SessionsSection({
  practiceId,
  coupleId,
  canSchedule,
  before,
}: {
  practiceId: string;
  coupleId: string;
  canSchedule: boolean;
  /** Show past sessions older than this one (the "earlier sessions" link). */
  before?: { startsAt: Date; id: string };
}) {
  const api = await serverApi(practiceId);
  const list = await loadOrRedirect(() => api.sessions.forCouple({ coupleId, cursor: before }));
  const base = `/p/${practiceId}/couples/${coupleId}`;
  const item = (session: (typeof list.upcoming)[number]) => (
    <SessionItem
      key={session.id}
      session={session}
      practiceId={practiceId}
      coupleId={coupleId}
      timeZone={list.timeZone}
      earliestDate={list.bookingDates.earliest}
    />
  );
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <p className="m-0 text-sm text-muted">
          Times in the practice’s time zone: {list.timeZone.replaceAll('_', ' ')} (
          {zoneAbbreviation(new Date(), list.timeZone)}).
        </p>
        <Button asChild variant="ghost" size="sm">
          <Link href={`${base}/timeline`}>
            <History aria-hidden />
            Timeline
          </Link>
        </Button>
      </div>
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-6">
          <section aria-labelledby="upcoming-heading">
            <h2 id="upcoming-heading" className="mt-0 mb-3">
              Upcoming
            </h2>
            {list.upcoming.length === 0 ? (
              <EmptyState icon={CalendarX2} title="No session booked">
                {canSchedule ? 'Book the next one with “Schedule a session”.' : 'The file is closed.'}
              </EmptyState>
            ) : (
              <ul className="m-0 grid list-none gap-3 p-0" aria-label="Upcoming sessions">
                {list.upcoming.map(item)}
              </ul>
            )}
          </section>
          <section aria-labelledby="past-heading">
            <h2 id="past-heading" className="mt-0 mb-3">
              Past and awaiting attendance
            </h2>
            {list.past.length === 0 ? (
              <p className="m-0 rounded-lg border border-dashed border-line bg-surface p-4 text-sm text-muted">
                No past sessions.
              </p>
            ) : (
              <ul className="m-0 grid list-none gap-3 p-0" aria-label="Past sessions">
                {list.past.map(item)}
              </ul>
            )}
            <p className="m-0 mt-3 flex gap-4 text-sm">
              {before ? <Link href={`${base}/sessions#past-heading`}>Latest sessions</Link> : null}
              {list.nextCursor ? (
                <Link
                  href={`${base}/sessions?sessionsBefore=${list.nextCursor.startsAt.toISOString()}_${list.nextCursor.id}#past-heading`}
                >
                  Earlier sessions
                </Link>
              ) : null}
            </p>
          </section>
        </div>
        {canSchedule ? (
          <ScheduleSessionForm coupleId={coupleId} timeZone={list.timeZone} dates={list.bookingDates} />
        ) : (
          <p className="m-0 rounded-lg border border-dashed border-line bg-surface p-4 text-sm text-muted">
            Sessions cannot be booked for a closed couple.
          </p>
        )}
      </div>
    </>
  );
}
