import Link from 'next/link';
import { Badge } from '@/app/_components/ui/badge';
import { cn } from '@/app/_components/ui/cn';
import type { RouterOutputs } from '@/app/_lib/router-types';
import { FORMAT_LABELS, formatSessionTime, SESSION_STATUS_LABELS } from '@/app/_lib/session-time';
import { AttendanceButtons } from './attendance-buttons';
import { CancelSessionButton } from './cancel-session-button';
import { RescheduleSessionForm } from './reschedule-session-form';

type TStaffSession = RouterOutputs['sessions']['forCouple']['upcoming'][number];

const STATUS_TONE = {
  scheduled: 'neutral',
  attended: 'success',
  'no-show': 'warning',
  cancelled: 'danger',
} as const;

function NoteBadge({ session }: { session: TStaffSession }) {
  if (session.status === 'cancelled' && !session.note) return null;
  if (!session.note) return <Badge>No note yet</Badge>;
  if (session.note.signedAt) return <Badge tone="success">Note signed</Badge>;
  return <Badge tone="warning">Note draft</Badge>;
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
  const cancelled = session.status === 'cancelled';
  return (
    <li
      className={cn(
        'min-w-0 rounded-lg border border-line bg-surface p-4 shadow-card sm:p-5',
        cancelled && 'bg-paper shadow-none',
      )}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="m-0 text-base">
          <Link
            href={`/p/${practiceId}/couples/${coupleId}/sessions/${session.id}`}
            className={cn(cancelled && 'line-through')}
          >
            {when}
          </Link>
        </h3>
        <span className="flex flex-wrap gap-1.5">
          <Badge tone={awaiting ? 'warning' : STATUS_TONE[session.status]}>
            {awaiting ? 'Attendance not recorded' : SESSION_STATUS_LABELS[session.status]}
          </Badge>
          <NoteBadge session={session} />
        </span>
      </div>
      <p className="m-0 mt-1 text-sm text-muted">
        {FORMAT_LABELS[session.format]} · {session.durationMinutes} min
        {session.format === 'video' && session.location ? (
          <>
            {' · '}
            <a href={session.location} target="_blank" rel="noopener noreferrer" className="underline">
              Meeting link
            </a>
          </>
        ) : session.address ? (
          ` · ${session.address}`
        ) : null}
      </p>
      {session.canRecordAttendance && session.status !== 'cancelled' ? (
        <AttendanceButtons sessionId={session.id} status={session.status} />
      ) : null}
      {session.canChange ? (
        <div className="mt-3 flex flex-wrap items-start gap-2">
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
