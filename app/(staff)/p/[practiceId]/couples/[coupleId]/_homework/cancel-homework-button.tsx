'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { FormMessage } from '../../../../../../_components/form-message';
import { describeError } from '../../../../../../_lib/error-message';
import { useTRPC } from '../../../../../../_lib/trpc-client';
import { focusHomework } from './homework-focus';

/** Takes back homework no partner has started, after asking once more. */
export function CancelHomeworkButton({ assignmentId, title }: { assignmentId: string; title: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const triggerRef = useRef<HTMLButtonElement>(null);
  const [confirming, setConfirming] = useState(false);
  const cancel = useMutation(
    trpc.homework.cancel.mutationOptions({
      onSuccess: () => {
        focusHomework(assignmentId);
        router.refresh();
      },
    }),
  );
  const failure = cancel.error ? describeError(cancel.error).message : null;

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
        Cancel homework
      </button>
      {confirming ? (
        <div className="confirm">
          <p>Cancel “{title}”? The couple will no longer see it.</p>
          <FormMessage error={failure} />
          <div className="confirm-buttons">
            <button
              type="button"
              className="button danger"
              disabled={cancel.isPending}
              onClick={() => cancel.mutate({ assignmentId })}
            >
              {cancel.isPending ? 'Cancelling…' : 'Yes, cancel it'}
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
