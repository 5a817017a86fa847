'use client';
// The confirmation dialog itself, loaded on the first press of its trigger (see confirm-action.tsx).
import { AlertDialog } from 'radix-ui';
import { useState } from 'react';
import { Button } from './button';
import type { ConfirmActionProps } from './confirm-action';
import { FormMessage } from './form-message';
import { Spinner } from './spinner';

export function ConfirmActionDialog({
  triggerLabel,
  triggerVariant = 'secondary',
  question,
  confirmLabel,
  pendingLabel,
  keepLabel = 'Keep it',
  pending,
  error,
  onConfirm,
  defaultOpen,
}: ConfirmActionProps & { defaultOpen: boolean }) {
  const [open, setOpen] = useState(defaultOpen);
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
