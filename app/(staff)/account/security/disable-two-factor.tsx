'use client';
// Turning two-factor sign-in off: explained instead of offered while a practice requires it.
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import type { FormEvent } from 'react';
import { FormMessage } from '../../../_components/ui/form-message';
import { describeError } from '../../../_lib/error-message';
import { useTRPC } from '../../../_lib/trpc-client';
import { ConfirmationField } from './confirmation-field';

export function DisableTwoFactor({ requiredBy }: { requiredBy: string[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const disable = useMutation(trpc.account.twoFactor.disable.mutationOptions());
  const failure = disable.error ? describeError(disable.error) : null;

  if (requiredBy.length > 0) {
    return (
      <p className="muted">
        {requiredBy.join(', ')} {requiredBy.length === 1 ? 'requires' : 'require'} two-factor sign-in, so it
        cannot be turned off. If you change phones, move it to the new one above.
      </p>
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const confirmation = String(new FormData(event.currentTarget).get('confirmation') ?? '');
    disable.mutate({ confirmation }, { onSuccess: () => router.refresh() });
  }

  return (
    <details>
      <summary>Turn off two-factor sign-in</summary>
      <form onSubmit={submit} noValidate aria-label="Turn off two-factor sign-in">
        <p>Your password alone will sign you in again, and your recovery codes stop working.</p>
        <FormMessage error={failure?.message} />
        <ConfirmationField error={failure?.fields.confirmation} />
        <button type="submit" className="button danger" disabled={disable.isPending}>
          {disable.isPending ? 'Turning off…' : 'Turn off'}
        </button>
      </form>
    </details>
  );
}
