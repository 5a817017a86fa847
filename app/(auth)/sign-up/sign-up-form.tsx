'use client';
import { useActionState } from 'react';
import { Field } from '../../_components/field';
import { FormMessage } from '../../_components/form-message';
import { SubmitButton } from '../../_components/submit-button';
import { TimeZoneSelect } from '../../_components/time-zone-select';
import type { FormState } from '../_actions/form-state';
import { signUpPractice } from '../_actions/sign-up';

export function SignUpForm({ timeZones, defaultTimeZone }: { timeZones: string[]; defaultTimeZone: string }) {
  const [state, action] = useActionState(signUpPractice, {} as FormState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="card" noValidate>
      <FormMessage error={state.error} success={state.success} />
      <Field
        label="Practice name"
        name="practiceName"
        autoComplete="organization"
        required
        error={errors.practiceName}
      />
      <TimeZoneSelect
        name="timeZone"
        label="Time zone"
        hint="Session times are entered and shown in it."
        choices={timeZones}
        defaultZone={defaultTimeZone}
        error={errors.timeZone}
      />
      <Field label="Your name" name="name" autoComplete="name" required error={errors.name} />
      <Field label="Email" name="email" type="email" autoComplete="email" required error={errors.email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters."
        required
        error={errors.password}
      />
      <SubmitButton pendingLabel="Sending…">Create practice</SubmitButton>
    </form>
  );
}
