'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { PendingButton } from '@/app/_components/pending-button';
import { TimeZoneSelect } from '@/app/_components/time-zone-select';
import { Card, CardDescription, CardTitle } from '@/app/_components/ui/card';
import { Field, SelectField } from '@/app/_components/ui/field';
import { FormMessage } from '@/app/_components/ui/form-message';
import { describeError } from '@/app/_lib/error-message';
import { TEMPLATE_NAMES } from '@/app/_lib/note-labels';
import { useTRPC } from '@/app/_lib/trpc-client';
import type { AnswerVisibility, NoteTemplate } from '@/db/schema';
import { TEMPLATE_SECTIONS } from '@/server/services/notes/note-shape';
import { SECTION_CLASS } from './settings-sections';

type Settings = {
  name: string;
  timeZone: string;
  noteTemplate: NoteTemplate;
  defaultAnswerVisibility: AnswerVisibility;
  officeAddress: string;
};

const VISIBILITY_CHOICES: Record<AnswerVisibility, string> = {
  counselor: 'The partner who wrote it and the counselor',
  couple: 'Both partners and the counselor',
  private: 'Only the partner who wrote it',
};

export function PracticeSettingsForm({
  current,
  timeZones,
  defaultTimeZone,
}: {
  current: Settings;
  timeZones: string[];
  defaultTimeZone: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [saved, setSaved] = useState<string | null>(null);
  const save = useMutation(trpc.practice.updateSettings.mutationOptions());
  const failure = save.error ? describeError(save.error) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const form = new FormData(event.currentTarget);
    save.mutate(
      {
        name: String(form.get('name') ?? ''),
        timeZone: String(form.get('timeZone') ?? ''),
        noteTemplate: String(form.get('noteTemplate') ?? '') as NoteTemplate,
        defaultAnswerVisibility: String(form.get('defaultAnswerVisibility') ?? '') as AnswerVisibility,
        officeAddress: String(form.get('officeAddress') ?? ''),
      },
      {
        onSuccess: () => {
          setSaved('Settings saved.');
          router.refresh();
        },
      },
    );
  }

  return (
    <Card id="practice" className={SECTION_CLASS}>
      <form onSubmit={submit} noValidate aria-label="Practice settings">
        <CardTitle>Practice</CardTitle>
        <CardDescription className="mb-4">
          Its name, its clock, and how notes and answers start out.
        </CardDescription>
        <FormMessage error={failure?.message} success={saved} />
        <div className="md:max-w-md">
          <Field
            label="Practice name"
            name="name"
            defaultValue={current.name}
            required
            error={failure?.fields.name}
          />
          <TimeZoneSelect
            name="timeZone"
            label="Time zone"
            hint="Session times are entered and shown in it, wherever each person is."
            choices={timeZones}
            defaultZone={current.timeZone || defaultTimeZone}
            keepDefault
            error={failure?.fields.timeZone}
          />
          <Field
            label="Office address"
            name="officeAddress"
            defaultValue={current.officeAddress}
            maxLength={200}
            autoComplete="street-address"
            hint="Where in-person sessions happen, unless a session names another place. Couples see it with their sessions and in reminder emails, so write the street address only."
            error={failure?.fields.officeAddress}
          />
        </div>
        <SelectField
          label="Session note template"
          name="noteTemplate"
          hint="New notes start from it; notes already started keep theirs."
          defaultValue={current.noteTemplate}
          error={failure?.fields.noteTemplate}
        >
          {(Object.keys(TEMPLATE_NAMES) as NoteTemplate[]).map((template) => (
            <option key={template} value={template}>
              {TEMPLATE_NAMES[template]}: {TEMPLATE_SECTIONS[template].map((s) => s.title).join(', ')}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Who sees a new homework answer"
          name="defaultAnswerVisibility"
          hint="Unless its author chooses otherwise. Answers already saved keep theirs."
          defaultValue={current.defaultAnswerVisibility}
          error={failure?.fields.defaultAnswerVisibility}
        >
          {(Object.keys(VISIBILITY_CHOICES) as AnswerVisibility[]).map((visibility) => (
            <option key={visibility} value={visibility}>
              {VISIBILITY_CHOICES[visibility]}
            </option>
          ))}
        </SelectField>
        <PendingButton type="submit" pending={save.isPending} pendingLabel="Saving…">
          Save settings
        </PendingButton>
      </form>
    </Card>
  );
}
