import { Field } from '@/app/_components/ui/field';

/** Re-confirming who is there before a change: a current app code or the password. */
export function ConfirmationField({ error }: { error?: string }) {
  return (
    <Field
      label="Current code or your password"
      name="confirmation"
      type="password"
      autoComplete="current-password"
      required
      hint="A code from your authenticator app, or your Ninefold password."
      error={error}
    />
  );
}
