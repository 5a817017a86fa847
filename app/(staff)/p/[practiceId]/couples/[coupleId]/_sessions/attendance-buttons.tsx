'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { Button } from '@/app/_components/ui/button';
import { FormMessage } from '@/app/_components/ui/form-message';
import { describeError } from '@/app/_lib/error-message';
import { useTRPC } from '@/app/_lib/trpc-client';

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
    <fieldset className="m-0 mt-3 min-w-0 border-0 p-0">
      <legend className="mb-1.5 p-0 text-sm font-semibold">Attendance</legend>
      <div className="flex flex-wrap gap-2">
        {choices.map((choice) => (
          <Button
            key={choice.value}
            size="sm"
            variant={status === choice.value ? 'primary' : 'secondary'}
            aria-pressed={status === choice.value}
            disabled={record.isPending}
            onClick={() => record.mutate({ sessionId, attendance: choice.value })}
          >
            {choice.label}
          </Button>
        ))}
      </div>
      <FormMessage error={record.error ? describeError(record.error).message : null} />
    </fieldset>
  );
}
