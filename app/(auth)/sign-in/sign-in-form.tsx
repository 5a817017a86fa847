'use client';
import { useActionState } from 'react';
import { Field } from '@/app/_components/ui/field';
import { FormMessage } from '@/app/_components/ui/form-message';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import type { FormState } from '../_actions/form-state';
import { signInWithPassword } from '../_actions/sign-in';

export function SignInForm() {
  const [state, action] = useActionState(signInWithPassword, {} as FormState);
  return (
    <form action={action} noValidate>
      <FormMessage error={state.error} />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
      />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required />
      <SubmitButton className="w-full" pendingLabel="Signing in…">
        Sign in
      </SubmitButton>
    </form>
  );
}
