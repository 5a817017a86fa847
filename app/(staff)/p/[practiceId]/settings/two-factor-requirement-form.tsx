'use client';
// Whether every staff member must use two-factor sign-in. Owners change it; admins see it.
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { PendingButton } from '@/app/_components/pending-button';
import { Card, CardDescription, CardTitle } from '@/app/_components/ui/card';
import { Choice } from '@/app/_components/ui/choice';
import { FormMessage } from '@/app/_components/ui/form-message';
import { describeError } from '@/app/_lib/error-message';
import { useTRPC } from '@/app/_lib/trpc-client';
import { SECTION_CLASS } from './settings-sections';

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
    <Card id="sign-in-security" className={SECTION_CLASS}>
      <form onSubmit={submit} noValidate aria-labelledby="two-factor-requirement-heading">
        <CardTitle id="two-factor-requirement-heading">Sign-in security</CardTitle>
        <CardDescription className="mb-4">
          Staff without two-factor sign-in are led to set it up at their next step in this practice and can do
          nothing else here until they have. Clients are not affected.
        </CardDescription>
        <FormMessage error={failure} success={saved} />
        <Choice
          type="checkbox"
          name="required"
          defaultChecked={required}
          disabled={!canChange}
          label="Require two-factor sign-in for all staff"
          description={canChange ? 'Turn it on for your own account first.' : 'Only owners can change this.'}
        />
        {canChange ? (
          <PendingButton type="submit" pending={save.isPending} pendingLabel="Saving…" className="mt-3">
            Save sign-in security
          </PendingButton>
        ) : null}
      </form>
    </Card>
  );
}
