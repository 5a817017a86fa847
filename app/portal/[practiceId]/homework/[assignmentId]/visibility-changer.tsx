'use client';
// After sending, the author may still change who reads their answer until it is reviewed.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { AnswerVisibility } from '../../../../../db/schema';
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
      <p aria-live="polite" className="save-state">
        {change.isSuccess ? 'Saved.' : ''}
      </p>
      {change.error ? (
        <p className="alert alert-error" role="alert">
          {describeError(change.error).message}
        </p>
      ) : null}
    </>
  );
}
