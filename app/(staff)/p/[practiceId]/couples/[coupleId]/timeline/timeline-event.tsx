import Link from 'next/link';
import type { ReactNode } from 'react';
import { cn } from '@/app/_components/ui/cn';
import type { RouterOutputs } from '@/app/_lib/router-types';
import {
  FORMAT_LABELS,
  formatInstant,
  formatSessionTime,
  SESSION_STATUS_LABELS,
} from '@/app/_lib/session-time';

type TTimelineEvent = RouterOutputs['timeline']['forCouple']['items'][number];

const VISIBILITY_PHRASES = {
  private: 'kept private',
  counselor: 'shared with the counselor',
  couple: 'shared with the couple',
} as const;

/** Events drawn as a filled dot on the line: the couple met, or a note became part of the record. */
const MILESTONES = new Set<TTimelineEvent['kind']>(['session', 'note-signed']);

function plural(n: number, word: string) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** What happened, in one line, with a link to where it can be seen. */
function summary(event: TTimelineEvent, notePath: (sessionId: string) => string): ReactNode {
  const noteLink = event.sessionId ? (
    <Link href={notePath(event.sessionId)} className="underline">
      Open note
    </Link>
  ) : null;
  const homework = <q>{event.title}</q>;
  const forWhom = event.partnerName ? `for ${event.partnerName}` : 'for both partners';
  switch (event.kind) {
    case 'session':
      return (
        <>
          <strong>Session</strong> · {event.format ? FORMAT_LABELS[event.format] : null} ·{' '}
          {event.sessionStatus ? SESSION_STATUS_LABELS[event.sessionStatus] : null}
          {event.sessionId && event.sessionStatus !== 'cancelled' ? (
            <>
              {' · '}
              <Link href={notePath(event.sessionId)} className="underline">
                Session note
              </Link>
            </>
          ) : null}
        </>
      );
    case 'note-started':
      return <>Session note started · {noteLink}</>;
    case 'note-signed':
      return (
        <>
          <strong>Session note signed</strong>
          {event.addendaCount ? ` · ${plural(event.addendaCount, 'addendum')}` : null} · {noteLink}
        </>
      );
    case 'homework-assigned':
      return (
        <>
          Homework assigned {forWhom}: {homework}
        </>
      );
    case 'homework-cancelled':
      return <>Homework cancelled: {homework}</>;
    case 'homework-reviewed':
      return <>Homework reviewed: {homework}</>;
    case 'answer-submitted':
      return (
        <>
          {event.partnerName ? `${event.partnerName} sent an answer` : 'The couple sent a joint answer'} to{' '}
          {homework}
          {event.visibility ? `, ${VISIBILITY_PHRASES[event.visibility]}` : null}
        </>
      );
  }
}

export function TimelineEvent({
  event,
  timeZone,
  notePath,
}: {
  event: TTimelineEvent;
  timeZone: string;
  notePath: (sessionId: string) => string;
}) {
  const when =
    event.kind === 'session' && event.durationMinutes
      ? formatSessionTime(event.at, event.durationMinutes, timeZone)
      : formatInstant(event.at, timeZone);
  return (
    <li className="relative py-2">
      <span
        aria-hidden
        className={cn(
          'absolute top-3.5 -left-[calc(1.5625rem+1px)] size-2.5 rounded-full ring-4 ring-paper',
          MILESTONES.has(event.kind) ? 'bg-success-700' : 'bg-line-strong',
        )}
      />
      <time dateTime={event.at.toISOString()} className="block text-sm text-muted">
        {when}
      </time>
      <p className="m-0 mt-0.5">{summary(event, notePath)}</p>
    </li>
  );
}
