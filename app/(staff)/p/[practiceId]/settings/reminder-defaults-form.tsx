'use client';
// The practice's reminder defaults: what its clients get until they choose for themselves.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { TReminderDefaults } from '../../../../../server/services/practices/reminder-defaults/reminder-defaults-shape';
import { DescribedCheck, QuietHoursFieldset } from '../../../../_components/email-settings-fields';
import { PendingButton } from '../../../../_components/pending-button';
import { Card, CardDescription, CardTitle } from '../../../../_components/ui/card';
import { ChoiceGroup } from '../../../../_components/ui/choice';
import { FormMessage } from '../../../../_components/ui/form-message';
import { EMAIL_CATEGORY_LABELS } from '../../../../_lib/email-categories';
import { describeError } from '../../../../_lib/error-message';
import { readQuietHours } from '../../../../_lib/quiet-hours-input';
import { useTRPC } from '../../../../_lib/trpc-client';
import { SECTION_CLASS } from './settings-sections';

export function ReminderDefaultsForm({ current }: { current: TReminderDefaults }) {
  const trpc = useTRPC();
  const save = useMutation(trpc.practice.updateReminderDefaults.mutationOptions());
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
    save.mutate(
      {
        homeworkNudges: form.get('homeworkNudges') === 'on',
        sessionReminders: form.get('sessionReminders') === 'on',
        quietHours: quiet.quietHours,
      },
      { onSuccess: () => setSaved('Reminder defaults saved.') },
    );
  }

  return (
    <Card id="reminders" className={SECTION_CLASS}>
      <form onSubmit={submit} noValidate aria-labelledby="reminder-defaults-heading">
        <CardTitle id="reminder-defaults-heading">Client reminder defaults</CardTitle>
        <CardDescription className="mb-4">
          What clients get until they choose for themselves under Email notifications. Clients who already
          chose keep their choices.
        </CardDescription>
        <FormMessage error={localError ? 'Please check quiet hours.' : failure?.message} success={saved} />
        <ChoiceGroup legend="Emails clients get">
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
        </ChoiceGroup>
        <QuietHoursFieldset
          idPrefix="defaults-"
          hint="On each client’s own clock, or the practice’s if they chose none. A reminder that comes due then waits until they end."
          quietOn={quietOn}
          onQuietOnChange={setQuietOn}
          current={current.quietHours}
          error={quietError}
        />
        <PendingButton type="submit" pending={save.isPending} pendingLabel="Saving…">
          Save reminder defaults
        </PendingButton>
      </form>
    </Card>
  );
}
