'use client';
// Retiring a practice measure: no couple is newly asked it; couples already asked keep being asked
// until their counselor stops it, and every answer keeps charting.
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { ConfirmAction } from '@/app/_components/ui/confirm-action';
import { describeError } from '@/app/_lib/error-message';
import { useTRPC } from '@/app/_lib/trpc-client';

export function RetireMeasureButton({ id, title }: { id: string; title: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const retire = useMutation(
    trpc.practiceMeasures.retire.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  return (
    <ConfirmAction
      triggerLabel={`Retire ${title}`}
      triggerVariant="ghost"
      question={
        <>
          Retire {title}? Counselors can no longer ask it of another couple. Couples already asked keep being
          asked until their counselor stops it, and every answer stays on their charts. This cannot be undone.
        </>
      }
      confirmLabel="Retire measure"
      pendingLabel="Retiring…"
      keepLabel="Keep it active"
      pending={retire.isPending}
      error={retire.error ? describeError(retire.error).message : null}
      onConfirm={() => retire.mutateAsync({ id })}
    />
  );
}
