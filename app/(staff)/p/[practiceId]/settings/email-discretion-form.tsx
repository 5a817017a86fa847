'use client';
// Whether the practice's email to clients is discreet unless a client chooses otherwise, and the
// neutral sender name it then goes out under.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import {
  SENDER_NAME_MAX,
  type TEmailDiscretion,
} from '../../../../../server/services/practices/email-discretion/email-discretion-shape';
import { DescribedCheck } from '../../../../_components/email-settings-fields';
import { Field } from '../../../../_components/ui/field';
import { FormMessage } from '../../../../_components/ui/form-message';
import { describeError } from '../../../../_lib/error-message';
import { useTRPC } from '../../../../_lib/trpc-client';
import '../../../../_components/notification-preferences-form.css';

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
    <form
      onSubmit={submit}
      className="card preferences-form"
      noValidate
      aria-labelledby="email-discretion-heading"
    >
      <h2 id="email-discretion-heading">Client email privacy</h2>
      <p className="hint">
        Someone else may see a client’s inbox. Discreet email names neither the practice, the counselor nor
        counseling, in the sender, the subject or the text: “You have something new waiting”, “A reminder
        about your appointment tomorrow”. Sign-in links and invitations to clients too; email to staff is not
        affected.
      </p>
      <FormMessage error={failure?.message} success={saved} />
      <DescribedCheck
        id="discreetByDefault"
        name="discreetByDefault"
        label="Send clients discreet email"
        hint="Each client can choose otherwise under Email notifications. A change applies to every email not yet on its way."
        defaultChecked={current.discreetByDefault}
      />
      <Field
        label="Sender name for discreet email"
        name="senderName"
        defaultValue={current.senderName}
        maxLength={SENDER_NAME_MAX}
        required
        autoComplete="off"
        hint={`Shown as who the email is from. Keep it neutral; up to ${SENDER_NAME_MAX} characters.`}
        error={failure?.fields.senderName}
      />
      <button type="submit" className="button" disabled={save.isPending}>
        {save.isPending ? 'Saving…' : 'Save client email privacy'}
      </button>
    </form>
  );
}
