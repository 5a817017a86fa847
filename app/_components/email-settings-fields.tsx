'use client';
// The parts a person's email settings and a practice's reminder defaults share: described
// checkboxes, the two kinds of reminder, and quiet hours (a switch and two times).
import { useState } from 'react';
import { EMAIL_CATEGORY_LABELS } from '../_lib/email-categories';
import { readQuietHours, type TQuietHours } from '../_lib/quiet-hours-input';
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

type ReminderChoices = { homeworkNudges: boolean; sessionReminders: boolean };

/** The reminders a client can get, one checkbox each; `readReminderChoices` reads them back. */
export function ReminderChecks({ current }: { current: ReminderChoices }) {
  return (
    <>
      <DescribedCheck
        name="homeworkNudges"
        label={EMAIL_CATEGORY_LABELS.homework.name}
        hint="New homework, homework due tomorrow, and homework that is overdue."
        defaultChecked={current.homeworkNudges}
      />
      <DescribedCheck
        name="sessionReminders"
        label={EMAIL_CATEGORY_LABELS.sessions.name}
        hint="A reminder the day before each session."
        defaultChecked={current.sessionReminders}
      />
    </>
  );
}

export function readReminderChoices(form: FormData): ReminderChoices {
  return {
    homeworkNudges: form.get('homeworkNudges') === 'on',
    sessionReminders: form.get('sessionReminders') === 'on',
  };
}

/** Quiet hours as a form edits them: the switch, and why the times cannot be read when they cannot. */
export function useQuietHoursInput(current: TQuietHours | null) {
  const [quietOn, setQuietOn] = useState(current !== null);
  const [error, setError] = useState<string | null>(null);
  return {
    quietOn,
    setQuietOn,
    error,
    /** The form's quiet hours (null when off), or undefined after showing why they cannot be read. */
    read(form: FormData): { quietHours: TQuietHours | null } | undefined {
      const quiet = readQuietHours(form, quietOn);
      setError('error' in quiet ? quiet.error : null);
      return 'error' in quiet ? undefined : quiet;
    },
  };
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
