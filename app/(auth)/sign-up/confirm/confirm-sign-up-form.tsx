'use client';
import { useActionState } from 'react';
import { Field } from '@/app/_components/ui/field';
import { FormMessage } from '@/app/_components/ui/form-message';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { completeSignUpAction } from '@/app/(auth)/_actions/complete-sign-up';
import type { FormState } from '@/app/(auth)/_actions/form-state';

export function ConfirmSignUpForm({ token, email }: { token: string; email: string }) {
  const [state, action] = useActionState(completeSignUpAction, {} as FormState);
  return (
    <form action={action} noValidate>
      <FormMessage error={state.error} />
      <input type="hidden" name="token" value={token} />
      {/* For password managers: the account this password belongs to. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={state.fieldErrors?.password}
      />
      <SubmitButton className="w-full" pendingLabel="Creating your practice…">
        Create practice
      </SubmitButton>
    </form>
  );
}
