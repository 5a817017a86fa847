'use client';
import { useActionState, useEffect, useRef, useState } from 'react';
import { TimeZoneSelect } from '@/app/_components/time-zone-select';
import { Button } from '@/app/_components/ui/button';
import { Field } from '@/app/_components/ui/field';
import { FormMessage } from '@/app/_components/ui/form-message';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import type { FormState } from '../_actions/form-state';
import { signUpPractice } from '../_actions/sign-up';

export function SignUpForm({ timeZones, defaultTimeZone }: { timeZones: string[]; defaultTimeZone: string }) {
  const [state, action] = useActionState(signUpPractice, {} as FormState);
  // The answer whose confirmation was put away with "Use another address".
  const [dismissed, setDismissed] = useState<FormState | null>(null);
  if (state.success && dismissed !== state)
    return <SignUpSent state={state} onAgain={() => setDismissed(state)} />;
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  const sentBack = state.values !== undefined;
  const chosenZone = values.timeZone && timeZones.includes(values.timeZone) ? values.timeZone : undefined;
  return (
    <form action={action} noValidate>
      <FormMessage error={state.error} />
      <Field
        label="Practice name"
        name="practiceName"
        autoComplete="organization"
        required
        defaultValue={values.practiceName}
        error={errors.practiceName}
      />
      <TimeZoneSelect
        name="timeZone"
        label="Time zone"
        hint="Session times are entered and shown in it."
        choices={timeZones}
        defaultZone={chosenZone ?? defaultTimeZone}
        keepDefault={chosenZone !== undefined}
        error={errors.timeZone}
      />
      <Field
        label="Your name"
        name="name"
        autoComplete="name"
        required
        defaultValue={values.name}
        error={errors.name}
      />
      <EmailField defaultValue={values.email} error={errors.email} focus={dismissed === state} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint={
          sentBack ? 'At least 10 characters. For your safety, type it again.' : 'At least 10 characters.'
        }
        required
        error={errors.password}
      />
      <SubmitButton className="w-full" pendingLabel="Sending…">
        Create practice
      </SubmitButton>
    </form>
  );
}

/** Back from the confirmation, the person came to type another address: the cursor waits there. */
function EmailField({
  defaultValue,
  error,
  focus,
}: {
  defaultValue?: string;
  error?: string;
  focus: boolean;
}) {
  useEffect(() => {
    if (focus) document.getElementById('field-email')?.focus();
  }, [focus]);
  return (
    <Field
      label="Email"
      name="email"
      type="email"
      autoComplete="email"
      required
      defaultValue={defaultValue}
      error={error}
    />
  );
}

/** Takes the form's place, so nobody sends it twice by accident; focus moves here so it is read out. */
function SignUpSent({ state, onAgain }: { state: FormState; onAgain: () => void }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section ref={ref} tabIndex={-1} aria-label="Sign-up sent" className="rounded-md">
      <FormMessage success={state.success} />
      <Button variant="secondary" className="w-full" onClick={onAgain}>
        Use another address
      </Button>
    </section>
  );
}
