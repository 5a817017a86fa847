import Link from 'next/link';
import { loadOrRedirect, serverApi } from '../../../../../../_lib/server-api';
import { zoneAbbreviation } from '../../../../../../_lib/session-time';
import { ScheduleSessionForm } from './schedule-session-form';
import { SessionItem } from './session-item';
import './sessions.css';

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
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Sessions</h2>
      <p className="muted">
        Times in the practice’s time zone: {list.timeZone.replaceAll('_', ' ')} (
        {zoneAbbreviation(new Date(), list.timeZone)}).
      </p>
      <h3>Upcoming</h3>
      {list.upcoming.length === 0 ? (
        <p className="card muted">No session booked.</p>
      ) : (
        <ul className="session-list" aria-label="Upcoming sessions">
          {list.upcoming.map(item)}
        </ul>
      )}
      {canSchedule ? (
        <ScheduleSessionForm coupleId={coupleId} timeZone={list.timeZone} dates={list.bookingDates} />
      ) : (
        <p className="muted">Sessions cannot be booked for a closed couple.</p>
      )}
      <h3>Past and awaiting attendance</h3>
      {list.past.length === 0 ? (
        <p className="card muted">No past sessions.</p>
      ) : (
        <ul className="session-list" aria-label="Past sessions">
          {list.past.map(item)}
        </ul>
      )}
      <p>
        {before ? (
          <Link href={`/p/${practiceId}/couples/${coupleId}#sessions-heading`}>Latest sessions</Link>
        ) : null}
        {before && list.nextCursor ? ' · ' : null}
        {list.nextCursor ? (
          <Link
            href={`/p/${practiceId}/couples/${coupleId}?sessionsBefore=${list.nextCursor.startsAt.toISOString()}_${list.nextCursor.id}#sessions-heading`}
          >
            Earlier sessions
          </Link>
        ) : null}
      </p>
    </section>
  );
}
