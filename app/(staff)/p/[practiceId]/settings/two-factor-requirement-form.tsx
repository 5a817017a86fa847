'use client';
// Whether every staff member must use two-factor sign-in. Owners change it; admins see it.
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { FormMessage } from '../../../../_components/ui/form-message';
import { describeError } from '../../../../_lib/error-message';
import { useTRPC } from '../../../../_lib/trpc-client';

export function TwoFactorRequirementForm({ required, canChange }: { required: boolean; canChange: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [saved, setSaved] = useState<string | null>(null);
  const save = useMutation(trpc.practiceSecurity.setTwoFactorRequirement.mutationOptions());
  const failure = save.error ? describeError(save.error).message : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const on = new FormData(event.currentTarget).get('required') === 'on';
    save.mutate(
      { required: on },
      {
        onSuccess: ({ required: now }) => {
          setSaved(
            now
              ? 'Two-factor sign-in is now required. Staff without it are asked to set it up before they continue.'
              : 'Two-factor sign-in is no longer required.',
          );
          router.refresh();
        },
      },
    );
  }

  return (
    <form onSubmit={submit} className="card" noValidate aria-labelledby="two-factor-requirement-heading">
      <h2 id="two-factor-requirement-heading">Sign-in security</h2>
      <FormMessage error={failure} success={saved} />
      <label className="check">
        <input type="checkbox" name="required" defaultChecked={required} disabled={!canChange} />
        Require two-factor sign-in for all staff
      </label>
      <p className="hint">
        Staff without it are led to set it up at their next step in this practice and can do nothing else here
        until they have. Clients are not affected.
        {canChange ? ' Turn it on for your own account first.' : ' Only owners can change this.'}
      </p>
      {canChange ? (
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save sign-in security'}
        </button>
      ) : null}
    </form>
  );
}
