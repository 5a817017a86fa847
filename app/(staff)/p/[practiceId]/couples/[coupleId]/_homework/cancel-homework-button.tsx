'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { ConfirmAction } from '@/app/_components/ui/confirm-action';
import { describeError } from '@/app/_lib/error-message';
import { useTRPC } from '@/app/_lib/trpc-client';
import { focusHomework } from './homework-focus';

/** Takes back homework no partner has started, after asking once more. */
export function CancelHomeworkButton({ assignmentId, title }: { assignmentId: string; title: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const cancel = useMutation(
    trpc.homework.cancel.mutationOptions({
      onSuccess: () => {
        focusHomework(assignmentId);
        router.refresh();
      },
    }),
  );
  return (
    <ConfirmAction
      triggerLabel="Cancel homework"
      question={`Cancel “${title}”? The couple will no longer see it.`}
      confirmLabel="Yes, cancel it"
      pendingLabel="Cancelling…"
      pending={cancel.isPending}
      error={cancel.error ? describeError(cancel.error).message : null}
      onConfirm={() => cancel.mutateAsync({ assignmentId })}
    />
  );
}
