'use client';
import { useMutation } from '@tanstack/react-query';
import { useParams, useRouter } from 'next/navigation';
import { ConfirmAction } from '@/app/_components/ui/confirm-action';
import { toast } from '@/app/_components/ui/toast';
import { describeError } from '@/app/_lib/error-message';
import { useTRPC } from '@/app/_lib/trpc-client';

/** Archiving asks once more first; assigned homework keeps its own copy either way. */
export function ArchiveExerciseButton({ exerciseId, title }: { exerciseId: string; title: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const { practiceId } = useParams<{ practiceId: string }>();
  const archive = useMutation(
    trpc.exercises.archive.mutationOptions({
      onSuccess: () => {
        toast.success(`“${title}” is archived.`);
        router.push(`/p/${practiceId}/exercises`);
        router.refresh();
      },
    }),
  );
  return (
    <ConfirmAction
      triggerLabel="Archive"
      triggerVariant="ghost"
      question={`Archive “${title}”? It leaves your exercise list; homework already assigned from it is not affected.`}
      confirmLabel="Yes, archive it"
      pendingLabel="Archiving…"
      pending={archive.isPending}
      error={archive.error ? describeError(archive.error).message : null}
      onConfirm={() => archive.mutateAsync({ exerciseId })}
    />
  );
}
