'use client';
import { useActionState } from 'react';
import { Field } from '@/app/_components/ui/field';
import { FormMessage } from '@/app/_components/ui/form-message';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import type { FormState } from '@/app/(auth)/_actions/form-state';
import { requestSignInLink } from '@/app/(auth)/_actions/request-link';

export function RequestLinkForm() {
  const [state, action] = useActionState(requestSignInLink, {} as FormState);
  return (
    <form action={action} noValidate>
      <FormMessage error={state.error} success={state.success} />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
      />
      <SubmitButton className="w-full" pendingLabel="Sending…">
        Email me a sign-in link
      </SubmitButton>
    </form>
  );
}
