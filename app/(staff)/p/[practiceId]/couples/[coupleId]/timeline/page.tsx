import type { Metadata } from 'next';
import Link from 'next/link';
import { loadOrRedirect, serverApi } from '../../../../../../_lib/server-api';
import { TimelineEvent } from './timeline-event';
import './timeline.css';

export const metadata: Metadata = { title: 'Timeline' };

/** The cursor of an "older" link: `at` (ISO) and `key` of the last event shown. */
function parseCursor(at: unknown, key: unknown) {
  if (typeof at !== 'string' || typeof key !== 'string' || key.length === 0 || key.length > 200)
    return undefined;
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? undefined : { at: date, key };
}

export default async function CoupleTimelinePage({
  params,
  searchParams,
}: {
  params: Promise<{ practiceId: string; coupleId: string }>;
  searchParams: Promise<{ at?: string | string[]; key?: string | string[] }>;
}) {
  const { practiceId, coupleId } = await params;
  const query = await searchParams;
  const cursor = parseCursor(query.at, query.key);
  const api = await serverApi(practiceId);
  const [couple, timeline] = await loadOrRedirect(() =>
    Promise.all([api.couples.get({ coupleId }), api.timeline.forCouple({ coupleId, cursor })]),
  );
  const base = `/p/${practiceId}/couples/${coupleId}`;
  const next = timeline.nextCursor;
  return (
    <main id="main">
      <p>
        <Link href={base}>← {couple.partners.map((p) => p.displayName).join(' & ')}</Link>
      </p>
      <h1>Timeline</h1>
      <p className="muted">
        Sessions, session notes, homework and answers, newest first. Times in{' '}
        {timeline.timeZone.replaceAll('_', ' ')}. Note and answer contents are not shown here.
      </p>
      {timeline.items.length === 0 ? (
        <p className="card">Nothing has happened with this couple yet.</p>
      ) : (
        <ol className="timeline" aria-label="Events, newest first">
          {timeline.items.map((event) => (
            <TimelineEvent
              key={event.key}
              event={event}
              timeZone={timeline.timeZone}
              notePath={(sessionId) => `${base}/sessions/${sessionId}`}
            />
          ))}
        </ol>
      )}
      <p>
        {cursor ? <Link href={`${base}/timeline`}>Newest</Link> : null}
        {cursor && next ? ' · ' : null}
        {next ? (
          <Link
            href={`${base}/timeline?${new URLSearchParams({ at: next.at.toISOString(), key: next.key })}`}
          >
            Older events
          </Link>
        ) : null}
      </p>
    </main>
  );
}
