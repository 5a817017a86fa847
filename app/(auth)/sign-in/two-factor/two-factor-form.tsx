'use client';
import { useActionState } from 'react';
import { Field } from '@/app/_components/ui/field';
import { FormMessage } from '@/app/_components/ui/form-message';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import type { FormState } from '@/app/(auth)/_actions/form-state';
import { signInWithCode } from '@/app/(auth)/_actions/two-factor-sign-in';

export function TwoFactorForm() {
  const [state, action] = useActionState(signInWithCode, {} as FormState);
  return (
    <form action={action} noValidate>
      <FormMessage error={state.error} />
      <Field
        label="Code"
        name="code"
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        required
        hint="No phone? Enter one of your recovery codes instead."
      />
      <SubmitButton className="w-full" pendingLabel="Checking…">
        Continue
      </SubmitButton>
    </form>
  );
}
