'use client';
// The practice's reminder defaults: what its clients get until they choose for themselves.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import {
  QuietHoursFieldset,
  ReminderChecks,
  readReminderChoices,
  useQuietHoursInput,
} from '@/app/_components/email-settings-fields';
import { PendingButton } from '@/app/_components/pending-button';
import { Card, CardDescription, CardTitle } from '@/app/_components/ui/card';
import { ChoiceGroup } from '@/app/_components/ui/choice';
import { FormMessage } from '@/app/_components/ui/form-message';
import { describeError } from '@/app/_lib/error-message';
import { useTRPC } from '@/app/_lib/trpc-client';
import type { TReminderDefaults } from '@/server/services/practices/reminder-defaults/reminder-defaults-shape';
import { SECTION_CLASS } from './settings-sections';

export function ReminderDefaultsForm({ current }: { current: TReminderDefaults }) {
  const trpc = useTRPC();
  const save = useMutation(trpc.practice.updateReminderDefaults.mutationOptions());
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
    save.mutate(
      {
        ...readReminderChoices(form),
        ...quietHours,
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
        <FormMessage error={quiet.error ? 'Please check quiet hours.' : failure?.message} success={saved} />
        <ChoiceGroup legend="Emails clients get">
          <ReminderChecks current={current} />
        </ChoiceGroup>
        <QuietHoursFieldset
          idPrefix="defaults-"
          hint="On each client’s own clock, or the practice’s if they chose none. A reminder that comes due then waits until they end."
          quietOn={quiet.quietOn}
          onQuietOnChange={quiet.setQuietOn}
          current={current.quietHours}
          error={quiet.error ?? failure?.fields.quietHours}
        />
        <PendingButton type="submit" pending={save.isPending} pendingLabel="Saving…">
          Save reminder defaults
        </PendingButton>
      </form>
    </Card>
  );
}
