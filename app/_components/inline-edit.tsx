'use client';
import { type ReactNode, useRef, useState } from 'react';
import { buttonVariants } from './ui/button';

type InlineEditControls = {
  /** Closes the form and gives focus back to the button that opened it. */
  close: () => void;
  /** After a successful save: announces `savedMessage` and closes. */
  saved: () => void;
};

/**
 * A button that opens a small form in place (a row's "change" action), with a status line that
 * announces the save. `onClose` lets the caller reset its mutation's error. Its parts sit in the
 * caller's flex row: give the form `order-last w-full` so it opens under the row's buttons.
 */
export function InlineEdit({
  formId,
  label,
  savedMessage,
  onClose,
  children,
}: {
  formId: string;
  label: string;
  savedMessage: string;
  onClose: () => void;
  children: (controls: InlineEditControls) => ReactNode;
}) {
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [wasSaved, setWasSaved] = useState(false);

  function close() {
    setOpen(false);
    onClose();
    toggleRef.current?.focus();
  }

  return (
    <div className="contents">
      <button
        ref={toggleRef}
        type="button"
        className={buttonVariants({ variant: 'secondary' })}
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        onClick={() => {
          if (open) return close();
          setWasSaved(false);
          setOpen(true);
        }}
      >
        {label}
      </button>
      <span role="status" className="self-center text-sm font-medium text-success-700 empty:hidden">
        {wasSaved ? savedMessage : null}
      </span>
      {open
        ? children({
            close,
            saved: () => {
              setWasSaved(true);
              close();
            },
          })
        : null}
    </div>
  );
}
