'use client';
// Resend (a new link; the old one stops working) or revoke (asks first) a pending invitation.
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ConfirmAction } from '../../../../_components/ui/confirm-action';
import { FormMessage } from '../../../../_components/ui/form-message';
import { describeError } from '../../../../_lib/error-message';
import { useTRPC } from '../../../../_lib/trpc-client';

export function InvitationActions({ invitationId, email }: { invitationId: string; email: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [success, setSuccess] = useState<string | null>(null);
  const resend = useMutation(trpc.team.resendInvitation.mutationOptions());
  const revoke = useMutation(trpc.team.revokeInvitation.mutationOptions());

  return (
    <div className="member-actions">
      <FormMessage error={resend.error ? describeError(resend.error).message : null} success={success} />
      <button
        type="button"
        className="button secondary"
        disabled={resend.isPending}
        onClick={() => {
          setSuccess(null);
          resend.mutate(
            { invitationId },
            {
              onSuccess: () => {
                setSuccess(`A new invitation is on its way to ${email}.`);
                router.refresh();
              },
            },
          );
        }}
      >
        {resend.isPending ? 'Sending…' : `Resend to ${email}`}
      </button>
      <ConfirmAction
        triggerLabel={`Revoke invitation for ${email}`}
        question={`Revoke the invitation for ${email}? Its link stops working.`}
        confirmLabel="Revoke"
        pendingLabel="Revoking…"
        pending={revoke.isPending}
        error={revoke.error ? describeError(revoke.error).message : null}
        onConfirm={() => revoke.mutateAsync({ invitationId }, { onSuccess: () => router.refresh() })}
      />
    </div>
  );
}
