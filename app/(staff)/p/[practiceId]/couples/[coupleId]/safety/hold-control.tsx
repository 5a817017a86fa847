'use client';
// Placing the hold is one click (stopping joint work must be quick); lifting it asks once more.
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { Badge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { ConfirmAction } from '@/app/_components/ui/confirm-action';
import { FormMessage } from '@/app/_components/ui/form-message';
import { Spinner } from '@/app/_components/ui/spinner';
import { describeError } from '@/app/_lib/error-message';
import { useTRPC } from '@/app/_lib/trpc-client';

export function HoldControl({
  coupleId,
  hold,
}: {
  coupleId: string;
  hold: { placedAt: string; placedBy: string | null } | null;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const change = useMutation(trpc.safety.setHold.mutationOptions({ onSuccess: () => router.refresh() }));
  const error = change.error ? describeError(change.error).message : null;
  if (hold) {
    return (
      <div>
        <p className="m-0 mb-4 text-sm">
          <Badge tone="danger">On safety hold</Badge> since {hold.placedAt}
          {hold.placedBy ? ` (placed by ${hold.placedBy})` : ''}. Shared exercises and sharing answers are
          paused, no reminders go to the couple, and both partners see a neutral note and the support lines.
        </p>
        <ConfirmAction
          triggerLabel="Lift the safety hold"
          question="Lift the hold? Shared exercises and the couple’s reminders start again."
          confirmLabel="Yes, lift it"
          pendingLabel="Lifting…"
          pending={change.isPending}
          error={error}
          onConfirm={() => change.mutateAsync({ coupleId, hold: false })}
        />
      </div>
    );
  }
  return (
    <div>
      <p className="m-0 mb-4 text-sm">
        A hold stops joint work at once: joint-reveal and shared exercises pause, answers stop being shared
        between the partners, and the couple’s reminder emails stop. The partners see a neutral note that does
        not mention safety.
      </p>
      <FormMessage error={error} />
      <Button
        variant="danger"
        disabled={change.isPending}
        onClick={() => change.mutate({ coupleId, hold: true })}
      >
        {change.isPending ? <Spinner /> : null}
        {change.isPending ? 'Placing the hold…' : 'Place safety hold'}
      </Button>
    </div>
  );
}
