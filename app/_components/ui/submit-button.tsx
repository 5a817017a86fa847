'use client';
import { useFormStatus } from 'react-dom';
import { Button, type ButtonProps } from './button';
import { Spinner } from './spinner';

/** A form's submit button that shows the form is being sent and cannot be pressed twice. */
export function SubmitButton({
  children,
  pendingLabel,
  ...props
}: Omit<ButtonProps, 'type' | 'children'> & { children: string; pendingLabel?: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={pending} aria-disabled={pending} {...props}>
      {pending ? <Spinner /> : null}
      {pending ? (pendingLabel ?? 'Working…') : children}
    </Button>
  );
}
