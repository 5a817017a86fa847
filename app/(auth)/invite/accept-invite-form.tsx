'use client';
import { useActionState } from 'react';
import { Field } from '@/app/_components/ui/field';
import { FormMessage } from '@/app/_components/ui/form-message';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { acceptInvite } from '../_actions/accept-invite';
import type { FormState } from '../_actions/form-state';

type Props = { token: string; staff: boolean; accountExists: boolean; hasPassword: boolean };

export function AcceptInviteForm({ token, staff, accountExists, hasPassword }: Props) {
  const [state, action] = useActionState(acceptInvite, {} as FormState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate>
      <FormMessage error={state.error} />
      <input type="hidden" name="token" value={token} />
      {accountExists ? null : (
        <Field label="Your name" name="name" autoComplete="name" required error={errors.name} />
      )}
      {staff ? (
        <Field
          label={hasPassword ? 'Your Ninefold password' : 'Choose a password'}
          name="password"
          type="password"
          autoComplete={hasPassword ? 'current-password' : 'new-password'}
          hint={hasPassword ? 'You already have an account; confirm it is you.' : 'At least 10 characters.'}
          required
          error={errors.password}
        />
      ) : null}
      <SubmitButton className="w-full" pendingLabel="Joining…">
        Accept and continue
      </SubmitButton>
    </form>
  );
}
