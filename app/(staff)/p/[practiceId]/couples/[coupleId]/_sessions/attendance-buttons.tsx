'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { FormMessage } from '../../../../../../_components/ui/form-message';
import { describeError } from '../../../../../../_lib/error-message';
import { useTRPC } from '../../../../../../_lib/trpc-client';

type Attendance = 'attended' | 'no-show';

/** Records whether the couple came; the current answer is pressed, the other corrects it. */
export function AttendanceButtons({
  sessionId,
  status,
}: {
  sessionId: string;
  status: 'scheduled' | Attendance;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const record = useMutation(
    trpc.sessions.recordAttendance.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  const choices: { value: Attendance; label: string }[] = [
    { value: 'attended', label: 'Attended' },
    { value: 'no-show', label: 'No-show' },
  ];
  return (
    <fieldset className="attendance">
      <legend>Attendance</legend>
      <div className="actions">
        {choices.map((choice) => (
          <button
            key={choice.value}
            type="button"
            className={status === choice.value ? 'button' : 'button secondary'}
            aria-pressed={status === choice.value}
            disabled={record.isPending}
            onClick={() => record.mutate({ sessionId, attendance: choice.value })}
          >
            {choice.label}
          </button>
        ))}
      </div>
      <FormMessage error={record.error ? describeError(record.error).message : null} />
    </fieldset>
  );
}
