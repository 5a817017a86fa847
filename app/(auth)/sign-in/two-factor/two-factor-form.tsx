'use client';
import { useActionState } from 'react';
import { Field } from '../../../_components/ui/field';
import { FormMessage } from '../../../_components/ui/form-message';
import { SubmitButton } from '../../../_components/ui/submit-button';
import type { FormState } from '../../_actions/form-state';
import { signInWithCode } from '../../_actions/two-factor-sign-in';

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
