'use client';
// The parts a person's email settings and a practice's reminder defaults share: a described
// checkbox, and quiet hours (a switch and two times; app/_lib/quiet-hours-input.ts reads them back).
import type { TQuietHours } from '../_lib/quiet-hours-input';
import { minutesToTime } from '../_lib/time-of-day';
import { Choice, ChoiceGroup } from './ui/choice';
import { Field } from './ui/field';

const FALLBACK_QUIET: TQuietHours = { start: 21 * 60, end: 8 * 60 };

export function DescribedCheck({
  name,
  label,
  hint,
  defaultChecked,
}: {
  name: string;
  label: string;
  hint: string;
  defaultChecked: boolean;
}) {
  return (
    <Choice type="checkbox" name={name} label={label} description={hint} defaultChecked={defaultChecked} />
  );
}

export function QuietHoursFieldset({
  idPrefix,
  hint,
  quietOn,
  onQuietOnChange,
  current,
  error,
}: {
  idPrefix: string;
  hint: string;
  quietOn: boolean;
  onQuietOnChange: (on: boolean) => void;
  current: TQuietHours | null;
  error: string | undefined;
}) {
  const quiet = current ?? FALLBACK_QUIET;
  return (
    <ChoiceGroup legend="Quiet hours" className="sm:[&>div]:grid-cols-1">
      <Choice
        type="checkbox"
        name="quietOn"
        label="Hold reminders during quiet hours"
        description={hint}
        checked={quietOn}
        onChange={(e) => onQuietOnChange(e.target.checked)}
      />
      {quietOn ? (
        <div className="mt-2 grid gap-x-4 pl-8 sm:grid-cols-2">
          <Field
            id={`field-${idPrefix}quietStart`}
            label="Quiet from"
            type="time"
            name="quietStart"
            defaultValue={minutesToTime(quiet.start)}
            required
            error={error}
          />
          <Field
            id={`field-${idPrefix}quietEnd`}
            label="Quiet until"
            type="time"
            name="quietEnd"
            defaultValue={minutesToTime(quiet.end)}
            required
            error={error}
          />
        </div>
      ) : null}
    </ChoiceGroup>
  );
}
