'use client';
// One person's email settings, for staff and for clients (the digest part only for staff).
import { type FormEvent, useState } from 'react';
import type {
  TDiscretionChoice,
  TNotificationPreferences,
} from '@/server/services/notification-preferences/preferences-shape';
import { updatePreferencesAction } from '../_actions/update-preferences';
import { EMAIL_CATEGORY_LABELS } from '../_lib/email-categories';
import { describeError } from '../_lib/error-message';
import { hourLabel } from '../_lib/time-of-day';
import { useAction } from '../_lib/use-action';
import {
  DescribedCheck,
  QuietHoursFieldset,
  ReminderChecks,
  readReminderChoices,
  useQuietHoursInput,
} from './email-settings-fields';
import { PendingButton } from './pending-button';
import { Card } from './ui/card';
import { Choice, ChoiceGroup } from './ui/choice';
import { SelectField } from './ui/field';
import { FormMessage } from './ui/form-message';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
const ONE_COLUMN = 'sm:[&>div]:grid-cols-1';
const PART = 'mt-2 border-t border-line pt-5';

export function NotificationPreferencesForm({
  current,
  timeZones,
}: {
  current: TNotificationPreferences;
  timeZones: string[];
}) {
  const save = useAction(updatePreferencesAction);
  const [saved, setSaved] = useState<string | null>(null);
  const quiet = useQuietHoursInput(current.quietHours);
  const failure = save.error ? describeError(save.error) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    save.reset();
    const form = new FormData(event.currentTarget);
    const quietHours = quiet.read(form);
    if (!quietHours) return;
    const zone = String(form.get('timeZone') ?? '');
    save
      .run({
        ...readReminderChoices(form),
        timeZone: zone === '' ? null : zone,
        ...quietHours,
        ...(current.digest
          ? { digest: { enabled: form.get('dailyDigest') === 'on', hour: Number(form.get('digestHour')) } }
          : {}),
        ...(current.discretion
          ? { discretion: readChoice(form.get('discretion'), current.discretion.choice) }
          : {}),
      })
      .then(
        () => setSaved('Email settings saved.'),
        () => {}, // shown at the top of the form
      );
  }

  return (
    <Card>
      <form onSubmit={submit} noValidate aria-label="Email notifications">
        <ChoiceGroup
          legend="Emails we send you"
          hint="Sign-in links and invitations always arrive."
          className={ONE_COLUMN}
        >
          <ReminderChecks current={current} />
          {current.digest ? (
            <>
              <DescribedCheck
                name="dailyDigest"
                label={EMAIL_CATEGORY_LABELS.digest.name}
                hint="Completed and overdue homework and unsigned notes, once a day."
                defaultChecked={current.digest.enabled}
              />
              <SelectField
                label="Send the digest at"
                name="digestHour"
                defaultValue={current.digest.hour}
                error={failure?.fields.digest}
                fieldClassName="mt-1 pl-8 sm:max-w-xs"
              >
                {HOURS.map((hour) => (
                  <option key={hour} value={hour}>
                    {hourLabel(hour)}
                  </option>
                ))}
              </SelectField>
            </>
          ) : null}
        </ChoiceGroup>

        {current.discretion ? (
          <div className={PART}>
            <DiscretionChoices current={current.discretion} />
          </div>
        ) : null}

        <div className={PART}>
          <SelectField
            label="Your time zone"
            name="timeZone"
            hint={
              current.digest
                ? 'Quiet hours and the digest follow this clock.'
                : 'Quiet hours follow this clock.'
            }
            defaultValue={current.timeZone ?? ''}
            error={failure?.fields.timeZone}
            fieldClassName="sm:max-w-sm"
          >
            <option value="">Same as the practice ({current.practiceTimeZone.replaceAll('_', ' ')})</option>
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll('_', ' ')}
              </option>
            ))}
          </SelectField>
          <QuietHoursFieldset
            idPrefix=""
            hint="A reminder that comes due then waits until they end."
            quietOn={quiet.quietOn}
            onQuietOnChange={quiet.setQuietOn}
            current={current.quietHours}
            error={quiet.error ?? failure?.fields.quietHours}
          />
        </div>

        <div className="mt-2 border-t border-line pt-5">
          {/* Beside the button, where the person is looking when they save (on a phone the top is far away). */}
          <FormMessage error={quiet.error ? 'Please check quiet hours.' : failure?.message} success={saved} />
          <PendingButton type="submit" pending={save.isPending} pendingLabel="Saving…">
            Save email settings
          </PendingButton>
        </div>
      </form>
    </Card>
  );
}

const readChoice = (value: FormDataEntryValue | null, fallback: TDiscretionChoice): TDiscretionChoice =>
  value === 'practice' || value === 'discreet' || value === 'named' ? value : fallback;

/** A client's choice between discreet email and email that names the practice, or the practice's default. */
function DiscretionChoices({ current }: { current: NonNullable<TNotificationPreferences['discretion']> }) {
  const practiceDefault = current.practiceDiscreet ? 'discreet' : 'with the practice’s name';
  const choices: { value: TDiscretionChoice; label: string; hint: string }[] = [
    {
      value: 'practice',
      label: `As the practice set it (now: ${practiceDefault})`,
      hint: 'Follows the practice if it changes this.',
    },
    {
      value: 'discreet',
      label: 'Discreet',
      hint: 'A neutral sender and subject, and nothing in the email that says who it is from or what it is about. For an inbox someone else may see.',
    },
    {
      value: 'named',
      label: 'Show the practice’s name',
      hint: 'Sent in the practice’s name, with subjects that say what each email is about.',
    },
  ];
  return (
    <ChoiceGroup legend="How our emails look" className={ONE_COLUMN}>
      {choices.map((c) => (
        <Choice
          key={c.value}
          name="discretion"
          value={c.value}
          label={c.label}
          description={c.hint}
          defaultChecked={current.choice === c.value}
        />
      ))}
    </ChoiceGroup>
  );
}
