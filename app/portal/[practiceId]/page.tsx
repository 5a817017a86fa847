import type { Metadata } from 'next';
import Link from 'next/link';
import { BEHAVIOR_LABELS } from '../../../server/services/homework/behavior-labels';
import { DueDate } from '../../_components/homework/due-date';
import { KIND_LABELS } from '../../_lib/homework-labels';
import { loadOrRedirect, serverApi } from '../../_lib/server-api';
import { FORMAT_LABELS, formatSessionTime } from '../../_lib/session-time';
import { STATUS_LABELS } from './homework-status';
import { SafetyNotices } from './safety-notices';

export const metadata: Metadata = { title: 'This week' };

export default async function PortalHomePage({ params }: { params: Promise<{ practiceId: string }> }) {
  const { practiceId } = await params;
  const api = await serverApi(practiceId);
  const [home, week, sessions, safety] = await loadOrRedirect(() =>
    Promise.all([
      api.portal.home(),
      api.portal.homework.list(),
      api.portal.upcomingSessions(),
      api.safety.myStatus(),
    ]),
  );
  const partnerFirstName = home.partner?.split(' ')[0];
  return (
    <main id="main" className="narrow">
      <h1>Hi {home.me.split(' ')[0]}</h1>
      <p className="muted">
        {home.me}
        {home.partner ? ` & ${home.partner}` : ''} · Counselor: {home.counselorName}
      </p>
      <SafetyNotices practiceId={practiceId} status={safety} />
      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Upcoming sessions</h2>
        {sessions.items.length === 0 ? (
          <p className="card muted">No session booked yet. Your counselor will add the next one here.</p>
        ) : (
          <ul className="portal-sessions">
            {sessions.items.map((session) => (
              <li key={session.id} className="card">
                <h3>{formatSessionTime(session.startsAt, session.durationMinutes, sessions.timeZone)}</h3>
                <p className="muted">
                  {FORMAT_LABELS[session.format]} · {session.durationMinutes} minutes
                </p>
                {session.format === 'video' && session.location ? (
                  <p>
                    <a className="button" href={session.location} target="_blank" rel="noopener noreferrer">
                      Open the video link
                    </a>
                  </p>
                ) : session.address ? (
                  <p>{session.address}</p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="week-heading">
        <h2 id="week-heading">This week</h2>
        {week.items.length === 0 ? (
          <p className="card muted">
            Nothing assigned right now. Your counselor will add exercises here after your next session.
          </p>
        ) : (
          <ul className="homework-list">
            {week.items.map((item) => (
              <li key={item.id} className="card homework-item">
                <h3>
                  <Link href={`/portal/${practiceId}/homework/${item.id}`}>{item.title}</Link>
                </h3>
                <p className="muted">
                  {BEHAVIOR_LABELS[item.behavior].name} · {KIND_LABELS[item.kind]}
                  {item.participation === 'together' ? ' · together' : ''}
                </p>
                <p>
                  <DueDate dueOn={item.dueOn} open={item.myStatus !== 'submitted'} />{' '}
                  <span className="badge">You: {STATUS_LABELS[item.myStatus]}</span>{' '}
                  {item.partnerStatus && partnerFirstName ? (
                    <span className="badge">
                      {partnerFirstName}: {STATUS_LABELS[item.partnerStatus]}
                    </span>
                  ) : null}
                  {item.reviewedAt ? <span className="badge ok">Reviewed</span> : null}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="emails-heading">
        <h2 id="emails-heading">Email reminders</h2>
        <p>
          <Link href={`/portal/${practiceId}/notifications`}>Email notifications</Link>: choose which
          reminders we send and when we stay quiet.
        </p>
      </section>
    </main>
  );
}
