import Link from 'next/link';
import type { RouterOutputs } from '../../../../../../_lib/router-types';
import { FORMAT_LABELS, formatSessionTime, SESSION_STATUS_LABELS } from '../../../../../../_lib/session-time';
import { AttendanceButtons } from './attendance-buttons';
import { CancelSessionButton } from './cancel-session-button';
import { RescheduleSessionForm } from './reschedule-session-form';

type TStaffSession = RouterOutputs['sessions']['forCouple']['upcoming'][number];

const STATUS_BADGE = { scheduled: '', attended: ' ok', 'no-show': ' warn', cancelled: ' danger' } as const;

function NoteBadge({ session }: { session: TStaffSession }) {
  if (session.status === 'cancelled' && !session.note) return null;
  if (!session.note) return <span className="badge">No note yet</span>;
  if (session.note.signedAt) return <span className="badge ok">Note signed</span>;
  return <span className="badge warn">Note draft</span>;
}

/** One session: when, how, where, its state and note, and what may still be done with it. */
export function SessionItem({
  session,
  practiceId,
  coupleId,
  timeZone,
  earliestDate,
}: {
  session: TStaffSession;
  practiceId: string;
  coupleId: string;
  timeZone: string;
  earliestDate: string;
}) {
  const when = formatSessionTime(session.startsAt, session.durationMinutes, timeZone);
  const awaiting = session.status === 'scheduled' && session.canRecordAttendance;
  return (
    <li className={`card session-item ${session.status}`}>
      <h4>
        <Link href={`/p/${practiceId}/couples/${coupleId}/sessions/${session.id}`}>{when}</Link>
      </h4>
      <p className="muted">
        {FORMAT_LABELS[session.format]} · {session.durationMinutes} min
        {session.format === 'video' && session.location ? (
          <>
            {' · '}
            <a href={session.location} target="_blank" rel="noopener noreferrer">
              Meeting link
            </a>
          </>
        ) : session.address ? (
          ` · ${session.address}`
        ) : null}
      </p>
      <p>
        <span className={`badge${STATUS_BADGE[session.status]}`}>
          {awaiting ? 'Attendance not recorded' : SESSION_STATUS_LABELS[session.status]}
        </span>{' '}
        <NoteBadge session={session} />
      </p>
      {session.canRecordAttendance && session.status !== 'cancelled' ? (
        <AttendanceButtons sessionId={session.id} status={session.status} />
      ) : null}
      {session.canChange ? (
        <div className="actions">
          <RescheduleSessionForm
            sessionId={session.id}
            timeZone={timeZone}
            earliestDate={earliestDate}
            current={{
              ...session.wallTime,
              durationMinutes: session.durationMinutes,
              format: session.format,
              location: session.location,
            }}
          />
          <CancelSessionButton sessionId={session.id} when={when} />
        </div>
      ) : null}
    </li>
  );
}
