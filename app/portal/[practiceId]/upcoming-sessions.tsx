import { CalendarDays, MapPin, Video } from 'lucide-react';
import { Button } from '@/app/_components/ui/button';
import { EmptyState } from '@/app/_components/ui/empty-state';
import type { RouterOutputs } from '@/app/_lib/router-types';
import { FORMAT_LABELS, formatSessionTime } from '@/app/_lib/session-time';
import { SectionHeading } from './section-heading';

type Session = RouterOutputs['portal']['upcomingSessions']['items'][number];

/** The couple's next sessions, on the practice's clock, with the video link or the address. */
export function UpcomingSessions({ sessions, timeZone }: { sessions: Session[]; timeZone: string }) {
  return (
    <section aria-labelledby="sessions-heading">
      <SectionHeading id="sessions-heading">Upcoming sessions</SectionHeading>
      {sessions.length === 0 ? (
        <EmptyState icon={CalendarDays} title="No session booked yet">
          <p>Your counselor will add the next one here.</p>
        </EmptyState>
      ) : (
        <ul className="m-0 grid list-none gap-3 p-0">
          {sessions.map((session) => (
            <li
              key={session.id}
              className="flex gap-3 rounded-lg border border-line bg-surface p-4 shadow-card"
            >
              <span className="flex size-10 shrink-0 items-center justify-center rounded-full bg-brand-50 text-brand-700">
                {session.format === 'video' ? (
                  <Video aria-hidden className="size-5" />
                ) : (
                  <CalendarDays aria-hidden className="size-5" />
                )}
              </span>
              <div className="min-w-0 flex-1">
                <h3 className="m-0 text-base font-semibold">
                  {formatSessionTime(session.startsAt, session.durationMinutes, timeZone)}
                </h3>
                <p className="m-0 mt-0.5 text-sm text-muted">
                  {FORMAT_LABELS[session.format]} · {session.durationMinutes} minutes
                </p>
                {session.format === 'video' && session.location ? (
                  <Button asChild className="mt-3">
                    <a href={session.location} target="_blank" rel="noopener noreferrer">
                      Open the video link
                    </a>
                  </Button>
                ) : session.address ? (
                  <p className="m-0 mt-2 flex items-start gap-1.5 text-sm [overflow-wrap:anywhere]">
                    <MapPin aria-hidden className="mt-0.5 size-4 shrink-0 text-muted" />
                    {session.address}
                  </p>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
