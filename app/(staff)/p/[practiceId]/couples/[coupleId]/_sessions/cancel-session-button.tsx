'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { ConfirmAction } from '@/app/_components/ui/confirm-action';
import { describeError } from '@/app/_lib/error-message';
import { useTRPC } from '@/app/_lib/trpc-client';

export function CancelSessionButton({ sessionId, when }: { sessionId: string; when: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const cancel = useMutation(trpc.sessions.cancel.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <ConfirmAction
      triggerLabel="Cancel session"
      question={`Cancel the session on ${when}? It disappears from the couple’s portal.`}
      confirmLabel="Yes, cancel it"
      pendingLabel="Cancelling…"
      pending={cancel.isPending}
      error={cancel.error ? describeError(cancel.error).message : null}
      onConfirm={() => cancel.mutateAsync({ sessionId })}
    />
  );
}
