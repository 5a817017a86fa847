'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { Field } from '../../../../_components/ui/field';
import { FormMessage } from '../../../../_components/ui/form-message';
import { describeError } from '../../../../_lib/error-message';
import { useTRPC } from '../../../../_lib/trpc-client';

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
    <form onSubmit={submit} className="card" noValidate aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite a team member</h2>
      <FormMessage error={failure?.message} success={success} />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="off"
        required
        error={failure?.fields.email}
      />
      <div className="field">
        <label htmlFor="invite-role">Role</label>
        <select id="invite-role" name="role" defaultValue="counselor">
          <option value="counselor">Counselor</option>
          <option value="admin">Admin</option>
        </select>
      </div>
      <button type="submit" className="button" disabled={invite.isPending}>
        {invite.isPending ? 'Sending…' : 'Send invitation'}
      </button>
    </form>
  );
}
