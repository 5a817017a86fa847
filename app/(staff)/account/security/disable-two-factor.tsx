'use client';
// Turning two-factor sign-in off: explained instead of offered while a practice requires it.
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import type { FormEvent } from 'react';
import { Button } from '@/app/_components/ui/button';
import { FormMessage } from '@/app/_components/ui/form-message';
import { Spinner } from '@/app/_components/ui/spinner';
import { toast } from '@/app/_components/ui/toast';
import { describeError } from '@/app/_lib/error-message';
import { useTRPC } from '@/app/_lib/trpc-client';
import { ConfirmationField } from './confirmation-field';
import { Disclosure } from './disclosure';

export function DisableTwoFactor({ requiredBy }: { requiredBy: string[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const disable = useMutation(trpc.account.twoFactor.disable.mutationOptions());
  const failure = disable.error ? describeError(disable.error) : null;

  if (requiredBy.length > 0) {
    return (
      <p className="m-0 text-sm text-muted">
        {requiredBy.join(', ')} {requiredBy.length === 1 ? 'requires' : 'require'} two-factor sign-in, so it
        cannot be turned off. If you change phones, move it to the new one above.
      </p>
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const confirmation = String(new FormData(event.currentTarget).get('confirmation') ?? '');
    disable.mutate(
      { confirmation },
      {
        onSuccess: () => {
          toast.success('Two-factor sign-in is off.');
          router.refresh();
        },
      },
    );
  }

  return (
    <Disclosure summary="Turn off two-factor sign-in">
      <form onSubmit={submit} noValidate aria-label="Turn off two-factor sign-in">
        <p>Your password alone will sign you in again, and your recovery codes stop working.</p>
        <FormMessage error={failure?.message} />
        <ConfirmationField error={failure?.fields.confirmation} />
        <Button type="submit" variant="danger" disabled={disable.isPending}>
          {disable.isPending ? <Spinner /> : null}
          {disable.isPending ? 'Turning off…' : 'Turn off'}
        </Button>
      </form>
    </Disclosure>
  );
}
