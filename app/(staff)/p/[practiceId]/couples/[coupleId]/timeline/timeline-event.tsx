import Link from 'next/link';
import type { ReactNode } from 'react';
import type { RouterOutputs } from '../../../../../../_lib/router-types';
import {
  FORMAT_LABELS,
  formatInstant,
  formatSessionTime,
  SESSION_STATUS_LABELS,
} from '../../../../../../_lib/session-time';

type TTimelineEvent = RouterOutputs['timeline']['forCouple']['items'][number];

const VISIBILITY_PHRASES = {
  private: 'kept private',
  counselor: 'shared with the counselor',
  couple: 'shared with the couple',
} as const;

function plural(n: number, word: string) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** What happened, in one line, with a link to where it can be seen. */
function summary(event: TTimelineEvent, notePath: (sessionId: string) => string): ReactNode {
  const noteLink = event.sessionId ? <Link href={notePath(event.sessionId)}>Open note</Link> : null;
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
              <Link href={notePath(event.sessionId)}>Session note</Link>
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
    <li className={`timeline-event ${event.kind}`}>
      <time dateTime={event.at.toISOString()}>{when}</time>
      <p>{summary(event, notePath)}</p>
    </li>
  );
}
