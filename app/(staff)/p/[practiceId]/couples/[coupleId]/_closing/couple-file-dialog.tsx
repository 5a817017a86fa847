'use client';
// Closing or reopening the couple's file, asked in a modal dialog: the native <dialog> keeps focus
// inside while it is open, Escape cancels, and focus starts on the safe choice and returns to the
// button that opened it.
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { type FormEvent, type ReactNode, useId, useRef, useState } from 'react';
import { TextAreaField } from '../../../../../../_components/ui/field';
import { FormMessage } from '../../../../../../_components/ui/form-message';
import { describeError } from '../../../../../../_lib/error-message';
import { useTRPC } from '../../../../../../_lib/trpc-client';
import './couple-file.css';

export function CoupleFileDialog({
  coupleId,
  coupleName,
  closing,
  children,
}: {
  coupleId: string;
  coupleName: string;
  /** true: offer to close the file; false: to reopen it. */
  closing: boolean;
  /** What the change does, shown in the dialog. */
  children: ReactNode;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const [success, setSuccess] = useState<string | null>(null);
  const close = useMutation(trpc.couples.close.mutationOptions());
  const reopen = useMutation(trpc.couples.reopen.mutationOptions());
  const change = closing ? close : reopen;
  const failure = change.error ? describeError(change.error) : null;
  const verb = closing ? 'Close' : 'Reopen';

  function open() {
    setSuccess(null);
    change.reset();
    dialogRef.current?.showModal();
  }

  function dismiss() {
    dialogRef.current?.close();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '');
    change.mutate(
      { coupleId, reason },
      {
        onSuccess: () => {
          dismiss();
          setSuccess(closing ? `${coupleName}’s file is closed.` : `${coupleName}’s file is open again.`);
          router.refresh();
        },
      },
    );
  }

  return (
    <div className="couple-file-actions">
      <FormMessage success={success} />
      <button
        ref={triggerRef}
        type="button"
        className="button secondary"
        aria-haspopup="dialog"
        onClick={open}
      >
        {verb} file
      </button>
      <dialog
        ref={dialogRef}
        className="couple-file-dialog"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        onClose={() => triggerRef.current?.focus()}
      >
        <form onSubmit={submit} noValidate>
          <h2 id={titleId}>
            {verb} {coupleName}’s file?
          </h2>
          <div id={descriptionId}>{children}</div>
          <TextAreaField
            label="Reason (optional)"
            name="reason"
            id={`${titleId}-reason`}
            maxLength={300}
            hint="Kept in the audit log. Leave clinical details out."
            error={failure?.fields.reason}
          />
          <FormMessage error={failure?.message} />
          <div className="confirm-buttons">
            <button
              type="submit"
              className={closing ? 'button danger' : 'button'}
              disabled={change.isPending}
            >
              {change.isPending ? `${closing ? 'Closing' : 'Reopening'}…` : `${verb} file`}
            </button>
            {/* biome-ignore lint/a11y/noAutofocus: the dialog opens on the safe choice */}
            <button type="button" className="link-button" autoFocus onClick={dismiss}>
              {closing ? 'Keep it open' : 'Keep it closed'}
            </button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
