'use client';
// When a couple's partners are asked one measure: a timing, and its number where it has one.
// Saving changes only what is asked from now on; stopping keeps every answer.
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/app/_components/ui/button';
import { Field, SelectField } from '@/app/_components/ui/field';
import { FormMessage } from '@/app/_components/ui/form-message';
import { Spinner } from '@/app/_components/ui/spinner';
import { toast } from '@/app/_components/ui/toast';
import { describeError } from '@/app/_lib/error-message';
import { useTRPC } from '@/app/_lib/trpc-client';
import type { MeasureSlug } from '@/server/services/measures/measure-definition';
import type { TSchedule } from '../_measures/measure-words';

type Timing = TSchedule['timing'];

const TIMING_LABELS: Record<Timing, string> = {
  'before-session': 'Before each session',
  'after-session': 'After each session',
  intake: 'Once, at intake',
  'every-n-weeks': 'Every few weeks',
  discharge: 'Once, when the file is closed',
};

export function ScheduleForm({
  coupleId,
  measure,
  title,
  current,
}: {
  coupleId: string;
  measure: MeasureSlug;
  title: string;
  current: TSchedule | null;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [timing, setTiming] = useState<Timing>(current?.timing ?? 'before-session');
  const [hoursBefore, setHoursBefore] = useState(current?.hoursBefore ?? 72);
  const [weeks, setWeeks] = useState(current?.intervalWeeks ?? 4);
  const done = (message: string) => () => {
    toast.success(message);
    router.refresh();
  };
  const save = useMutation(
    trpc.measures.setSchedule.mutationOptions({
      onSuccess: done(current ? `${title}: schedule saved.` : `${title} added.`),
    }),
  );
  const stop = useMutation(
    trpc.measures.removeSchedule.mutationOptions({ onSuccess: done(`${title}: no longer asked.`) }),
  );
  const id = `schedule-${measure}`;
  return (
    <form
      aria-label={`When to ask: ${title}`}
      className="flex flex-col gap-x-3 sm:flex-row sm:flex-wrap sm:items-end"
      onSubmit={(event) => {
        event.preventDefault();
        const base = { coupleId, measure };
        save.mutate(
          timing === 'before-session'
            ? { ...base, timing, hoursBefore }
            : timing === 'every-n-weeks'
              ? { ...base, timing, intervalWeeks: weeks }
              : { ...base, timing },
        );
      }}
    >
      <SelectField
        id={`${id}-timing`}
        name="timing"
        label="When to ask"
        value={timing}
        onChange={(event) => setTiming(event.target.value as Timing)}
      >
        {Object.entries(TIMING_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      {timing === 'before-session' ? (
        <Field
          id={`${id}-hours`}
          name="hoursBefore"
          label="Hours before"
          type="number"
          min={1}
          max={168}
          value={hoursBefore}
          onChange={(event) => setHoursBefore(Number(event.target.value))}
          className="sm:w-32"
        />
      ) : null}
      {timing === 'every-n-weeks' ? (
        <Field
          id={`${id}-weeks`}
          name="intervalWeeks"
          label="Every how many weeks"
          type="number"
          min={1}
          max={52}
          value={weeks}
          onChange={(event) => setWeeks(Number(event.target.value))}
          className="sm:w-40"
        />
      ) : null}
      <div className="mb-4 flex flex-wrap gap-2">
        <Button type="submit" variant={current ? 'secondary' : 'primary'} disabled={save.isPending}>
          {save.isPending ? <Spinner /> : null}
          {current ? 'Save' : 'Start asking'}
        </Button>
        {current ? (
          <Button
            type="button"
            variant="ghost"
            disabled={stop.isPending}
            onClick={() => stop.mutate({ coupleId, measure })}
          >
            {stop.isPending ? <Spinner /> : null}
            Stop asking
          </Button>
        ) : null}
      </div>
      <FormMessage
        error={
          save.error
            ? describeError(save.error).message
            : stop.error
              ? describeError(stop.error).message
              : null
        }
      />
    </form>
  );
}
