'use client';
import { useMutation } from '@tanstack/react-query';
import { useParams, useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { FormMessage } from '../../../../../../_components/form-message';
import { describeError } from '../../../../../../_lib/error-message';
import { useTRPC } from '../../../../../../_lib/trpc-client';

/** Archiving asks once more first; assigned homework keeps its own copy either way. */
export function ArchiveExerciseButton({ exerciseId, title }: { exerciseId: string; title: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const { practiceId } = useParams<{ practiceId: string }>();
  const triggerRef = useRef<HTMLButtonElement>(null);
  const [confirming, setConfirming] = useState(false);
  const archive = useMutation(
    trpc.exercises.archive.mutationOptions({
      onSuccess: () => {
        router.push(`/p/${practiceId}/exercises`);
        router.refresh();
      },
    }),
  );
  const failure = archive.error ? describeError(archive.error).message : null;

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
        Archive
      </button>
      {confirming ? (
        <div className="confirm">
          <p>
            Archive “{title}”? It leaves your exercise list; homework already assigned from it is not
            affected.
          </p>
          <FormMessage error={failure} />
          <div className="confirm-buttons">
            <button
              type="button"
              className="button danger"
              disabled={archive.isPending}
              onClick={() => archive.mutate({ exerciseId })}
            >
              {archive.isPending ? 'Archiving…' : 'Yes, archive it'}
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
