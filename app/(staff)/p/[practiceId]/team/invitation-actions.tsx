'use client';
// Resend (a new link; the old one stops working) or revoke (asks first) a pending invitation.
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { PendingButton } from '@/app/_components/pending-button';
import { ConfirmAction } from '@/app/_components/ui/confirm-action';
import { toast } from '@/app/_components/ui/toast';
import { describeError } from '@/app/_lib/error-message';
import { useTRPC } from '@/app/_lib/trpc-client';

export function InvitationActions({ invitationId, email }: { invitationId: string; email: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const resend = useMutation(
    trpc.team.resendInvitation.mutationOptions({
      onSuccess: () => {
        toast.success(`A new invitation is on its way to ${email}.`);
        router.refresh();
      },
      onError: (error) => toast.error(describeError(error).message),
    }),
  );
  const revoke = useMutation(trpc.team.revokeInvitation.mutationOptions());

  return (
    <div className="flex flex-wrap items-center gap-2 [&_button]:whitespace-nowrap">
      <PendingButton
        variant="secondary"
        size="sm"
        pending={resend.isPending}
        pendingLabel="Sending…"
        aria-label={`Resend to ${email}`}
        onClick={() => resend.mutate({ invitationId })}
      >
        Resend
      </PendingButton>
      <ConfirmAction
        triggerLabel="Revoke invitation"
        triggerVariant="ghost"
        question={`Revoke the invitation for ${email}? Its link stops working.`}
        confirmLabel="Revoke"
        pendingLabel="Revoking…"
        pending={revoke.isPending}
        error={revoke.error ? describeError(revoke.error).message : null}
        onConfirm={() =>
          revoke.mutateAsync(
            { invitationId },
            {
              onSuccess: () => {
                toast.success(`The invitation for ${email} is revoked.`);
                router.refresh();
              },
            },
          )
        }
      />
    </div>
  );
}
