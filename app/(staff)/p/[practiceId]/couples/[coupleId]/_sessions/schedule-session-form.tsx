'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { Button } from '@/app/_components/ui/button';
import { FormMessage } from '@/app/_components/ui/form-message';
import { Spinner } from '@/app/_components/ui/spinner';
import { describeError } from '@/app/_lib/error-message';
import { formatSessionTime } from '@/app/_lib/session-time';
import { useTRPC } from '@/app/_lib/trpc-client';
import { readSessionFields, SessionFields } from './session-fields';

/** Books a session for the couple with their counselor. */
export function ScheduleSessionForm({
  coupleId,
  timeZone,
  dates,
}: {
  coupleId: string;
  timeZone: string;
  /** Today and a week on, on the practice's calendar (from the server, so every browser agrees). */
  dates: { earliest: string; suggested: string };
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [success, setSuccess] = useState<string | null>(null);
  const schedule = useMutation(trpc.sessions.schedule.mutationOptions());
  const failure = schedule.error ? describeError(schedule.error) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSuccess(null);
    const values = readSessionFields(new FormData(event.currentTarget));
    schedule.mutate(
      { coupleId, ...values },
      {
        onSuccess: ({ startsAt }) => {
          setSuccess(`Session booked for ${formatSessionTime(startsAt, values.durationMinutes, timeZone)}.`);
          router.refresh();
        },
      },
    );
  }

  return (
    <form
      onSubmit={submit}
      className="scroll-mt-4 rounded-lg border border-line bg-surface p-5 shadow-card"
      noValidate
      aria-labelledby="schedule-heading"
    >
      <h2 id="schedule-heading" className="m-0 mb-4 scroll-mt-4">
        Schedule a session
      </h2>
      <FormMessage error={failure?.message} success={success} />
      <SessionFields
        idPrefix="schedule"
        timeZone={timeZone}
        minDate={dates.earliest}
        defaults={{
          date: dates.suggested,
          time: '10:00',
          durationMinutes: 50,
          format: 'in-person',
          location: '',
        }}
        errors={failure?.fields ?? {}}
      />
      <Button type="submit" disabled={schedule.isPending} className="w-full sm:w-auto">
        {schedule.isPending ? <Spinner /> : null}
        {schedule.isPending ? 'Scheduling…' : 'Schedule session'}
      </Button>
    </form>
  );
}
