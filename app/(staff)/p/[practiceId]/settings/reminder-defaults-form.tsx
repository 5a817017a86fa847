'use client';
// The practice's reminder defaults: what its clients get until they choose for themselves.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { TReminderDefaults } from '../../../../../server/services/practices/reminder-defaults/reminder-defaults-shape';
import { FormMessage } from '../../../../_components/form-message';
import { LabelledControl } from '../../../../_components/labelled-control';
import { EMAIL_CATEGORY_LABELS } from '../../../../_lib/email-categories';
import { describeError } from '../../../../_lib/error-message';
import { minutesToTime, timeToMinutes } from '../../../../_lib/time-of-day';
import { useTRPC } from '../../../../_lib/trpc-client';
import '../../../../_components/notification-preferences-form.css';

const FALLBACK_QUIET = { start: 21 * 60, end: 8 * 60 };

function Check({ name, label, hint, on }: { name: string; label: string; hint: string; on: boolean }) {
  const hintId = `defaults-${name}-hint`;
  return (
    <label className="check">
      <input type="checkbox" name={name} defaultChecked={on} aria-describedby={hintId} />
      <span>
        {label}
        <span className="hint" id={hintId}>
          {hint}
        </span>
      </span>
    </label>
  );
}

export function ReminderDefaultsForm({ current }: { current: TReminderDefaults }) {
  const trpc = useTRPC();
  const save = useMutation(trpc.practice.updateReminderDefaults.mutationOptions());
  const [saved, setSaved] = useState<string | null>(null);
  const [quietOn, setQuietOn] = useState(current.quietHours !== null);
  const [localError, setLocalError] = useState<string | null>(null);
  const failure = save.error ? describeError(save.error) : null;
  const quietError = localError ?? failure?.fields.quietHours;
  const quiet = current.quietHours ?? FALLBACK_QUIET;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    setLocalError(null);
    save.reset();
    const form = new FormData(event.currentTarget);
    let quietHours: { start: number; end: number } | null = null;
    if (quietOn) {
      const start = timeToMinutes(String(form.get('quietStart') ?? ''));
      const end = timeToMinutes(String(form.get('quietEnd') ?? ''));
      if (start === null || end === null) return setLocalError('Enter when quiet hours start and end.');
      if (start === end) return setLocalError('Quiet hours must start and end at different times.');
      quietHours = { start, end };
    }
    save.mutate(
      {
        homeworkNudges: form.get('homeworkNudges') === 'on',
        sessionReminders: form.get('sessionReminders') === 'on',
        quietHours,
      },
      { onSuccess: () => setSaved('Reminder defaults saved.') },
    );
  }

  return (
    <form
      onSubmit={submit}
      className="card preferences-form"
      noValidate
      aria-labelledby="reminder-defaults-heading"
    >
      <h2 id="reminder-defaults-heading">Client reminder defaults</h2>
      <p className="hint">
        What clients get until they choose for themselves under Email notifications. Clients who already chose
        keep their choices.
      </p>
      <FormMessage error={localError ? 'Please check quiet hours.' : failure?.message} success={saved} />
      <fieldset>
        <legend>Emails clients get</legend>
        <Check
          name="homeworkNudges"
          label={EMAIL_CATEGORY_LABELS.homework.name}
          hint="New homework, homework due tomorrow, and homework that is overdue."
          on={current.homeworkNudges}
        />
        <Check
          name="sessionReminders"
          label={EMAIL_CATEGORY_LABELS.sessions.name}
          hint="A reminder the day before each session."
          on={current.sessionReminders}
        />
      </fieldset>
      <fieldset>
        <legend>Quiet hours</legend>
        <label className="check">
          <input
            type="checkbox"
            name="quietOn"
            checked={quietOn}
            onChange={(e) => setQuietOn(e.target.checked)}
            aria-describedby="defaults-quietOn-hint"
          />
          <span>
            Hold reminders during quiet hours
            <span className="hint" id="defaults-quietOn-hint">
              On each client’s own clock, or the practice’s if they chose none. A reminder that comes due then
              waits until they end.
            </span>
          </span>
        </label>
        {quietOn ? (
          <div className="grid-2">
            <LabelledControl id="field-defaultQuietStart" label="Quiet from" error={quietError}>
              {(a11y) => (
                <input {...a11y} type="time" name="quietStart" defaultValue={minutesToTime(quiet.start)} />
              )}
            </LabelledControl>
            <LabelledControl id="field-defaultQuietEnd" label="Quiet until" error={quietError}>
              {(a11y) => (
                <input {...a11y} type="time" name="quietEnd" defaultValue={minutesToTime(quiet.end)} />
              )}
            </LabelledControl>
          </div>
        ) : null}
      </fieldset>
      <button type="submit" className="button" disabled={save.isPending}>
        {save.isPending ? 'Saving…' : 'Save reminder defaults'}
      </button>
    </form>
  );
}
