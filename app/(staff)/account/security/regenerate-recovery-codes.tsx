'use client';
// New recovery codes in place of the old ones (all of which stop working), after a code or password.
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { Button } from '@/app/_components/ui/button';
import { FormMessage } from '@/app/_components/ui/form-message';
import { Spinner } from '@/app/_components/ui/spinner';
import { describeError } from '@/app/_lib/error-message';
import { useTRPC } from '@/app/_lib/trpc-client';
import { ConfirmationField } from './confirmation-field';
import { Disclosure } from './disclosure';
import { RecoveryCodesList } from './recovery-codes-list';

export function RegenerateRecoveryCodes() {
  const trpc = useTRPC();
  const router = useRouter();
  const regenerate = useMutation(trpc.account.twoFactor.regenerateRecoveryCodes.mutationOptions());
  const [codes, setCodes] = useState<string[] | null>(null);
  const failure = regenerate.error ? describeError(regenerate.error) : null;

  if (codes) {
    return (
      <RecoveryCodesList
        codes={codes}
        onDone={() => {
          setCodes(null);
          regenerate.reset();
          router.refresh();
        }}
      />
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const confirmation = String(new FormData(event.currentTarget).get('confirmation') ?? '');
    regenerate.mutate({ confirmation }, { onSuccess: ({ recoveryCodes }) => setCodes(recoveryCodes) });
  }

  return (
    <Disclosure summary="New recovery codes">
      <form onSubmit={submit} noValidate aria-label="New recovery codes">
        <p>Your current recovery codes stop working and ten new ones are shown once.</p>
        <FormMessage error={failure?.message} />
        <ConfirmationField error={failure?.fields.confirmation} />
        <Button type="submit" variant="secondary" disabled={regenerate.isPending}>
          {regenerate.isPending ? <Spinner /> : null}
          {regenerate.isPending ? 'Making new codes…' : 'Make new recovery codes'}
        </Button>
      </form>
    </Disclosure>
  );
}
