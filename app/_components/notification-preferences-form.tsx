'use client';
// One person's email settings, for staff and for clients (the digest part only for staff).
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type {
  TDiscretionChoice,
  TNotificationPreferences,
} from '../../server/services/notification-preferences/preferences-shape';
import { EMAIL_CATEGORY_LABELS } from '../_lib/email-categories';
import { describeError } from '../_lib/error-message';
import { readQuietHours } from '../_lib/quiet-hours-input';
import { hourLabel } from '../_lib/time-of-day';
import { useTRPC } from '../_lib/trpc-client';
import { DescribedCheck, QuietHoursFieldset } from './email-settings-fields';
import { LabelledControl } from './ui/field';
import { FormMessage } from './ui/form-message';
import './notification-preferences-form.css';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

export function NotificationPreferencesForm({
  current,
  timeZones,
}: {
  current: TNotificationPreferences;
  timeZones: string[];
}) {
  const trpc = useTRPC();
  const save = useMutation(trpc.preferences.update.mutationOptions());
  const [saved, setSaved] = useState<string | null>(null);
  const [quietOn, setQuietOn] = useState(current.quietHours !== null);
  const [localError, setLocalError] = useState<string | null>(null);
  const failure = save.error ? describeError(save.error) : null;
  const quietError = localError ?? failure?.fields.quietHours;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    setLocalError(null);
    save.reset();
    const form = new FormData(event.currentTarget);
    const quiet = readQuietHours(form, quietOn);
    if ('error' in quiet) return setLocalError(quiet.error);
    const zone = String(form.get('timeZone') ?? '');
    save.mutate(
      {
        homeworkNudges: form.get('homeworkNudges') === 'on',
        sessionReminders: form.get('sessionReminders') === 'on',
        timeZone: zone === '' ? null : zone,
        quietHours: quiet.quietHours,
        ...(current.digest
          ? { digest: { enabled: form.get('dailyDigest') === 'on', hour: Number(form.get('digestHour')) } }
          : {}),
        ...(current.discretion
          ? { discretion: readChoice(form.get('discretion'), current.discretion.choice) }
          : {}),
      },
      { onSuccess: () => setSaved('Email settings saved.') },
    );
  }

  return (
    <form onSubmit={submit} className="card preferences-form" noValidate aria-label="Email notifications">
      <FormMessage error={localError ? 'Please check quiet hours.' : failure?.message} success={saved} />
      <fieldset>
        <legend>Emails we send you</legend>
        <DescribedCheck
          id="homeworkNudges"
          name="homeworkNudges"
          label={EMAIL_CATEGORY_LABELS.homework.name}
          hint="New homework, homework due tomorrow, and homework that is overdue."
          defaultChecked={current.homeworkNudges}
        />
        <DescribedCheck
          id="sessionReminders"
          name="sessionReminders"
          label={EMAIL_CATEGORY_LABELS.sessions.name}
          hint="A reminder the day before each session."
          defaultChecked={current.sessionReminders}
        />
        {current.digest ? (
          <>
            <DescribedCheck
              id="dailyDigest"
              name="dailyDigest"
              label={EMAIL_CATEGORY_LABELS.digest.name}
              hint="Completed and overdue homework and unsigned notes, once a day."
              defaultChecked={current.digest.enabled}
            />
            <LabelledControl id="field-digestHour" label="Send the digest at" error={failure?.fields.digest}>
              {(a11y) => (
                <select {...a11y} name="digestHour" defaultValue={current.digest?.hour}>
                  {HOURS.map((hour) => (
                    <option key={hour} value={hour}>
                      {hourLabel(hour)}
                    </option>
                  ))}
                </select>
              )}
            </LabelledControl>
          </>
        ) : null}
        <p className="hint">Sign-in links and invitations always arrive.</p>
      </fieldset>

      {current.discretion ? <DiscretionFieldset current={current.discretion} /> : null}

      <LabelledControl
        id="field-timeZone"
        label="Your time zone"
        hint={
          current.digest ? 'Quiet hours and the digest follow this clock.' : 'Quiet hours follow this clock.'
        }
        error={failure?.fields.timeZone}
      >
        {(a11y) => (
          <select {...a11y} name="timeZone" defaultValue={current.timeZone ?? ''}>
            <option value="">Same as the practice ({current.practiceTimeZone.replaceAll('_', ' ')})</option>
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll('_', ' ')}
              </option>
            ))}
          </select>
        )}
      </LabelledControl>

      <QuietHoursFieldset
        idPrefix=""
        hint="A reminder that comes due then waits until they end."
        quietOn={quietOn}
        onQuietOnChange={setQuietOn}
        current={current.quietHours}
        error={quietError}
      />

      <button type="submit" className="button" disabled={save.isPending}>
        {save.isPending ? 'Saving…' : 'Save email settings'}
      </button>
    </form>
  );
}

const readChoice = (value: FormDataEntryValue | null, fallback: TDiscretionChoice): TDiscretionChoice =>
  value === 'practice' || value === 'discreet' || value === 'named' ? value : fallback;

const DISCRETION_LABELS: Record<Exclude<TDiscretionChoice, 'practice'>, { label: string; hint: string }> = {
  discreet: {
    label: 'Discreet',
    hint: 'A neutral sender and subject, and nothing in the email that says who it is from or what it is about. For an inbox someone else may see.',
  },
  named: {
    label: 'Show the practice’s name',
    hint: 'Sent in the practice’s name, with subjects that say what each email is about.',
  },
};

/** A client's choice between discreet email and email that names the practice, or the practice's default. */
function DiscretionFieldset({ current }: { current: NonNullable<TNotificationPreferences['discretion']> }) {
  const choice = (value: TDiscretionChoice, label: string, hint: string) => (
    <label className="check" key={value}>
      <input
        type="radio"
        name="discretion"
        value={value}
        defaultChecked={current.choice === value}
        aria-describedby={`discretion-${value}-hint`}
      />
      <span>
        {label}
        <span className="hint" id={`discretion-${value}-hint`}>
          {hint}
        </span>
      </span>
    </label>
  );
  const practiceDefault = current.practiceDiscreet ? 'discreet' : 'with the practice’s name';
  return (
    <fieldset>
      <legend>How our emails look</legend>
      {choice(
        'practice',
        `As the practice set it (now: ${practiceDefault})`,
        'Follows the practice if it changes this.',
      )}
      {choice('discreet', DISCRETION_LABELS.discreet.label, DISCRETION_LABELS.discreet.hint)}
      {choice('named', DISCRETION_LABELS.named.label, DISCRETION_LABELS.named.hint)}
    </fieldset>
  );
}
