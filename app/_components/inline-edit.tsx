'use client';
import { type ReactNode, useId, useState } from 'react';
import { Button } from './ui/button';

type InlineEditControls = {
  /** Closes the form and gives focus back to the button that opened it. */
  close: () => void;
  /** After a successful save: announces `savedMessage` and closes. */
  saved: () => void;
};

/**
 * A button that opens a small form in place (a row's "change" action), with a status line that
 * announces the save. `onClose` lets the caller reset its mutation's error.
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
  const toggleId = useId();
  const [open, setOpen] = useState(false);
  const [wasSaved, setWasSaved] = useState(false);

  function close() {
    setOpen(false);
    onClose();
    document.getElementById(toggleId)?.focus();
  }

  return (
    <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-2">
      <Button
        id={toggleId}
        variant="secondary"
        size="sm"
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        onClick={() => {
          if (open) return close();
          setWasSaved(false);
          setOpen(true);
        }}
      >
        {label}
      </Button>
      <span role="status" className="text-sm font-medium text-success-700">
        {wasSaved ? savedMessage : null}
      </span>
      {open ? (
        <div className="w-full">
          {children({
            close,
            saved: () => {
              setWasSaved(true);
              close();
            },
          })}
        </div>
      ) : null}
    </div>
  );
}
