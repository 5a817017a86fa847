'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { PendingButton } from '@/app/_components/pending-button';
import { Card, CardDescription, CardTitle } from '@/app/_components/ui/card';
import { Field, SelectField } from '@/app/_components/ui/field';
import { FormMessage } from '@/app/_components/ui/form-message';
import { describeError } from '@/app/_lib/error-message';
import { useTRPC } from '@/app/_lib/trpc-client';

export function InviteMemberForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [success, setSuccess] = useState<string | null>(null);
  const invite = useMutation(trpc.team.invite.mutationOptions());
  const failure = invite.error ? describeError(invite.error) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSuccess(null);
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const email = String(form.get('email') ?? '');
    const role = form.get('role') === 'admin' ? 'admin' : 'counselor';
    invite.mutate(
      { email, role },
      {
        onSuccess: () => {
          setSuccess(`Invitation sent to ${email.trim().toLowerCase()}.`);
          formElement.reset();
          router.refresh();
        },
      },
    );
  }

  return (
    <Card>
      <form onSubmit={submit} noValidate aria-labelledby="invite-heading">
        <CardTitle id="invite-heading">Invite a team member</CardTitle>
        <CardDescription className="mb-4">
          They get an email with a link to set a password and join. Counselors see their own couples; admins
          also manage the team, settings and billing.
        </CardDescription>
        <FormMessage error={failure?.message} success={success} />
        <Field
          label="Email"
          name="email"
          type="email"
          autoComplete="off"
          required
          error={failure?.fields.email}
        />
        <SelectField id="invite-role" label="Role" name="role" defaultValue="counselor">
          <option value="counselor">Counselor</option>
          <option value="admin">Admin</option>
        </SelectField>
        <PendingButton type="submit" pending={invite.isPending} pendingLabel="Sending…">
          Send invitation
        </PendingButton>
      </form>
    </Card>
  );
}
