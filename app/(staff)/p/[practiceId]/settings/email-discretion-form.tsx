'use client';
// Whether the practice's email to clients is discreet unless a client chooses otherwise, and the
// neutral sender name it then goes out under.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { DescribedCheck } from '@/app/_components/email-settings-fields';
import { PendingButton } from '@/app/_components/pending-button';
import { Card, CardDescription, CardTitle } from '@/app/_components/ui/card';
import { Field } from '@/app/_components/ui/field';
import { FormMessage } from '@/app/_components/ui/form-message';
import { describeError } from '@/app/_lib/error-message';
import { useTRPC } from '@/app/_lib/trpc-client';
import {
  SENDER_NAME_MAX,
  type TEmailDiscretion,
} from '@/server/services/practices/email-discretion/email-discretion-shape';
import { SECTION_CLASS } from './settings-sections';

export function EmailDiscretionForm({ current }: { current: TEmailDiscretion }) {
  const trpc = useTRPC();
  const save = useMutation(trpc.practice.updateEmailDiscretion.mutationOptions());
  const [saved, setSaved] = useState<string | null>(null);
  const failure = save.error ? describeError(save.error) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const form = new FormData(event.currentTarget);
    save.mutate(
      {
        discreetByDefault: form.get('discreetByDefault') === 'on',
        senderName: String(form.get('senderName') ?? ''),
      },
      { onSuccess: () => setSaved('Client email privacy saved.') },
    );
  }

  return (
    <Card id="email-privacy" className={SECTION_CLASS}>
      <form onSubmit={submit} noValidate aria-labelledby="email-discretion-heading">
        <CardTitle id="email-discretion-heading">Client email privacy</CardTitle>
        <CardDescription className="mb-4">
          Someone else may see a client’s inbox. Discreet email names neither the practice, the counselor nor
          counseling, in the sender, the subject or the text: “You have something new waiting”, “A reminder
          about your appointment tomorrow”. Sign-in links and invitations to clients too; email to staff is
          not affected.
        </CardDescription>
        <FormMessage error={failure?.message} success={saved} />
        <div className="mb-3">
          <DescribedCheck
            name="discreetByDefault"
            label="Send clients discreet email"
            hint="Each client can choose otherwise under Email notifications. A change applies to every email not yet on its way."
            defaultChecked={current.discreetByDefault}
          />
        </div>
        <Field
          label="Sender name for discreet email"
          name="senderName"
          defaultValue={current.senderName}
          maxLength={SENDER_NAME_MAX}
          required
          autoComplete="off"
          hint={`Shown as who the email is from. Keep it neutral; up to ${SENDER_NAME_MAX} characters.`}
          error={failure?.fields.senderName}
          fieldClassName="md:max-w-md"
        />
        <PendingButton type="submit" pending={save.isPending} pendingLabel="Saving…">
          Save client email privacy
        </PendingButton>
      </form>
    </Card>
  );
}
