'use client';
// A destructive action that asks once more, with focus on the safe choice while it asks.
import { type ReactNode, useRef, useState } from 'react';
import { FormMessage } from './form-message';

export function ConfirmAction({
  triggerLabel,
  question,
  confirmLabel,
  pendingLabel,
  pending,
  error,
  onConfirm,
}: {
  triggerLabel: string;
  question: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  pending: boolean;
  error: string | null;
  onConfirm: () => void;
}) {
  const triggerRef = useRef<HTMLButtonElement>(null);
  const [confirming, setConfirming] = useState(false);

  function keep() {
    setConfirming(false);
    triggerRef.current?.focus();
  }

  return (
    <>
      <button
        ref={triggerRef}
        type="button"
        className="button secondary"
        aria-expanded={confirming}
        onClick={() => setConfirming(true)}
      >
        {triggerLabel}
      </button>
      {confirming ? (
        <div className="confirm">
          <p>{question}</p>
          <FormMessage error={error} />
          <div className="confirm-buttons">
            <button type="button" className="button danger" disabled={pending} onClick={onConfirm}>
              {pending ? pendingLabel : confirmLabel}
            </button>
            {/* biome-ignore lint/a11y/noAutofocus: moving focus to the safe choice once the question appears */}
            <button type="button" className="link-button" autoFocus onClick={keep}>
              Keep it
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
