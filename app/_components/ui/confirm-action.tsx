'use client';
// A destructive action that asks once more, in a dialog whose focus starts on the safe choice.
import { AlertDialog } from 'radix-ui';
import { type ReactNode, useState } from 'react';
import { Button, type ButtonProps } from './button';
import { FormMessage } from './form-message';
import { Spinner } from './spinner';

export function ConfirmAction({
  triggerLabel,
  triggerVariant = 'secondary',
  question,
  confirmLabel,
  pendingLabel,
  keepLabel = 'Keep it',
  pending,
  error,
  onConfirm,
}: {
  triggerLabel: string;
  triggerVariant?: ButtonProps['variant'];
  question: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  keepLabel?: string;
  pending: boolean;
  error: string | null;
  /** Runs the action. The dialog closes when it resolves (to anything but `false`) and stays
   * open with `error` when it rejects or resolves to `false`. */
  onConfirm: () => Promise<unknown>;
}) {
  const [open, setOpen] = useState(false);
  async function confirm() {
    try {
      if ((await onConfirm()) !== false) setOpen(false);
    } catch {
      // The caller's `error` says what went wrong, inside the dialog.
    }
  }
  return (
    <AlertDialog.Root open={open} onOpenChange={(next) => (pending ? null : setOpen(next))}>
      <AlertDialog.Trigger asChild>
        <Button variant={triggerVariant}>{triggerLabel}</Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 animate-fade-in bg-ink/40" />
        <AlertDialog.Content className="fixed top-1/2 left-1/2 z-50 max-h-[90dvh] w-[min(30rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 animate-fade-in overflow-y-auto rounded-lg bg-surface p-6 shadow-raised focus:outline-none">
          <AlertDialog.Title className="m-0 mb-2 text-lg font-semibold">{triggerLabel}</AlertDialog.Title>
          <AlertDialog.Description asChild>
            <div className="mb-4 text-ink [&_p]:m-0 [&_p]:mb-2">{question}</div>
          </AlertDialog.Description>
          <FormMessage error={error} />
          <div className="flex flex-wrap-reverse justify-end gap-2">
            <AlertDialog.Cancel asChild>
              <Button variant="secondary">{keepLabel}</Button>
            </AlertDialog.Cancel>
            <Button variant="danger" disabled={pending} onClick={confirm}>
              {pending ? <Spinner /> : null}
              {pending ? pendingLabel : confirmLabel}
            </Button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
