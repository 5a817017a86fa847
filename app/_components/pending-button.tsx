'use client';
import { Button, type ButtonProps } from './ui/button';
import { Spinner } from './ui/spinner';

/** A button for a mutation run by hand (not a form action): shows it is working and cannot be pressed twice. */
export function PendingButton({
  pending,
  pendingLabel,
  children,
  disabled,
  ...props
}: Omit<ButtonProps, 'children'> & { pending: boolean; pendingLabel: string; children: string }) {
  return (
    <Button disabled={pending || disabled} aria-disabled={pending || undefined} {...props}>
      {pending ? <Spinner /> : null}
      {pending ? pendingLabel : children}
    </Button>
  );
}
