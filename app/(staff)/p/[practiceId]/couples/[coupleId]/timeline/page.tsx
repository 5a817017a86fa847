import { ChevronLeft, History } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { loadOrRedirect, serverApi } from '@/app/_lib/server-api';
import { TimelineEvent } from './timeline-event';

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
  const timeline = await loadOrRedirect(() => api.timeline.forCouple({ coupleId, cursor }));
  const base = `/p/${practiceId}/couples/${coupleId}`;
  const next = timeline.nextCursor;
  return (
    <section aria-labelledby="timeline-heading">
      <p className="m-0 mb-2 text-sm">
        <Link href={`${base}/sessions`} className="inline-flex items-center gap-1">
          <ChevronLeft aria-hidden className="size-4" />
          Sessions
        </Link>
      </p>
      <h2 id="timeline-heading" className="mt-0 mb-1">
        Timeline
      </h2>
      <p className="m-0 mb-4 text-sm text-muted">
        Sessions, session notes, homework and answers, newest first. Times in{' '}
        {timeline.timeZone.replaceAll('_', ' ')}. Note and answer contents are not shown here.
      </p>
      {timeline.items.length === 0 ? (
        <EmptyState icon={History} title="Nothing has happened with this couple yet">
          Sessions, notes and homework appear here as they happen.
        </EmptyState>
      ) : (
        <ol
          className="m-0 ml-2 list-none space-y-1 border-l-2 border-line py-1 pl-5"
          aria-label="Events, newest first"
        >
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
      <p className="m-0 mt-4 flex gap-4 text-sm">
        {cursor ? <Link href={`${base}/timeline`}>Newest</Link> : null}
        {next ? (
          <Link
            href={`${base}/timeline?${new URLSearchParams({ at: next.at.toISOString(), key: next.key })}`}
          >
            Older events
          </Link>
        ) : null}
      </p>
    </section>
  );
}
