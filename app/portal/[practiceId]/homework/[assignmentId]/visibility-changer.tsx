'use client';
// After sending, the author may still change who reads their answer until it is reviewed.
import { CircleCheck } from 'lucide-react';
import { useState } from 'react';
import { FormMessage } from '@/app/_components/ui/form-message';
import { Spinner } from '@/app/_components/ui/spinner';
import { describeError } from '@/app/_lib/error-message';
import { useAction } from '@/app/_lib/use-action';
import { setVisibilityAction } from '@/app/portal/[practiceId]/_actions/homework';
import type { AnswerVisibility } from '@/db/schema';
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
  const [value, setValue] = useState(initial);
  const change = useAction(setVisibilityAction);
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
          change.run({ assignmentId, visibility: next }).catch(() => setValue(previous));
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
