'use client';
// After sending, the author may still change who reads their answer until it is reviewed.
import { useMutation } from '@tanstack/react-query';
import { CircleCheck } from 'lucide-react';
import { useState } from 'react';
import type { AnswerVisibility } from '../../../../../db/schema';
import { FormMessage } from '../../../../_components/ui/form-message';
import { Spinner } from '../../../../_components/ui/spinner';
import { describeError } from '../../../../_lib/error-message';
import { useTRPC } from '../../../../_lib/trpc-client';
import { VisibilityPicker } from './visibility-picker';

export function VisibilityChanger({
  assignmentId,
  initial,
  partnerName,
  allowPrivate,
}: {
  assignmentId: string;
  initial: AnswerVisibility;
  partnerName: string;
  allowPrivate: boolean;
}) {
  const trpc = useTRPC();
  const [value, setValue] = useState(initial);
  const change = useMutation(trpc.portal.homework.setVisibility.mutationOptions());
  return (
    <>
      <VisibilityPicker
        value={value}
        partnerName={partnerName}
        allowPrivate={allowPrivate}
        disabled={change.isPending}
        onChange={(next) => {
          const previous = value;
          setValue(next);
          change.mutate({ assignmentId, visibility: next }, { onError: () => setValue(previous) });
        }}
      />
      <p aria-live="polite" className="m-0 mt-2 flex min-h-6 items-center gap-1.5 text-sm text-muted">
        {change.isPending ? <Spinner /> : null}
        {change.isSuccess && !change.isPending ? (
          <CircleCheck aria-hidden className="size-4 text-success-700" />
        ) : null}
        {change.isPending ? 'Saving…' : change.isSuccess ? 'Saved.' : ''}
      </p>
      <FormMessage error={change.error ? describeError(change.error).message : null} />
    </>
  );
}
