'use client';
// Closing or reopening the couple's file, asked once more in an alert dialog that starts on the
// safe choice; an optional reason goes to the audit log.
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { type ReactNode, useId, useState } from 'react';
import { ConfirmAction } from '@/app/_components/ui/confirm-action';
import { TextAreaField } from '@/app/_components/ui/field';
import { FormMessage } from '@/app/_components/ui/form-message';
import { describeError } from '@/app/_lib/error-message';
import { useTRPC } from '@/app/_lib/trpc-client';

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
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const [success, setSuccess] = useState<string | null>(null);
  const close = useMutation(trpc.couples.close.mutationOptions());
  const reopen = useMutation(trpc.couples.reopen.mutationOptions());
  const change = closing ? close : reopen;
  const failure = change.error ? describeError(change.error) : null;
  const verb = closing ? 'Close' : 'Reopen';

  async function confirm() {
    setSuccess(null);
    await change.mutateAsync({ coupleId, reason });
    const done = closing ? `${coupleName}’s file is closed.` : `${coupleName}’s file is open again.`;
    setSuccess(done);
    setReason('');
    router.refresh();
  }

  return (
    <div>
      <FormMessage success={success} />
      <ConfirmAction
        triggerLabel={`${verb} file`}
        triggerVariant={closing ? 'secondary' : 'primary'}
        keepLabel={closing ? 'Keep it open' : 'Keep it closed'}
        question={
          <>
            <p className="font-semibold">
              {verb} {coupleName}’s file?
            </p>
            {children}
            <TextAreaField
              label="Reason (optional)"
              name="reason"
              id={reasonId}
              maxLength={300}
              rows={2}
              hint="Kept in the audit log. Leave clinical details out."
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              error={failure?.fields.reason}
              fieldClassName="mt-4 mb-0"
            />
          </>
        }
        confirmLabel={`${verb} file`}
        pendingLabel={closing ? 'Closing…' : 'Reopening…'}
        pending={change.isPending}
        error={failure?.message ?? null}
        onConfirm={confirm}
      />
    </div>
  );
}
