'use client';
// Deletes the client's own private answers after asking once more; says how many went.
import { ConfirmAction } from '@/app/_components/ui/confirm-action';
import { FormMessage } from '@/app/_components/ui/form-message';
import { describeError } from '@/app/_lib/error-message';
import { useAction } from '@/app/_lib/use-action';
import { deletePrivateAnswersAction } from '../_actions/your-data';

export function DeletePrivateAnswers() {
  const remove = useAction(deletePrivateAnswersAction);
  const deleted = remove.data?.deleted;
  return (
    <>
      <FormMessage
        success={
          deleted === undefined
            ? null
            : deleted === 0
              ? 'You had no private answers to delete.'
              : `Deleted ${deleted === 1 ? '1 private answer' : `${deleted} private answers`}.`
        }
      />
      <ConfirmAction
        triggerLabel="Delete my private answers"
        question="Delete every answer you marked Just me? This cannot be undone. Nothing else changes."
        confirmLabel="Delete them"
        pendingLabel="Deleting…"
        pending={remove.isPending}
        error={remove.error ? describeError(remove.error).message : null}
        onConfirm={() => remove.run({ confirm: true })}
      />
    </>
  );
}
