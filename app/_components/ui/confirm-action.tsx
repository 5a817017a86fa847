'use client';
// A destructive action that asks once more, in a dialog whose focus starts on the safe choice. The
// dialog's code (Radix) loads on the first press of the trigger, not with the page.
import type { ReactNode } from 'react';
import { Button, type ButtonProps } from './button';
import { OnDemand, onDemand } from './on-demand';

export type ConfirmActionProps = {
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
};

const dialog = onDemand(() => import('./confirm-action-dialog').then((m) => m.ConfirmActionDialog));

export function ConfirmAction(props: ConfirmActionProps) {
  return (
    <OnDemand
      control={dialog}
      props={props}
      trigger={(intent) => (
        <Button variant={props.triggerVariant ?? 'secondary'} aria-haspopup="dialog" {...intent}>
          {props.triggerLabel}
        </Button>
      )}
    />
  );
}
