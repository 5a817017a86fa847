'use client';
// Per-member controls on the team page: change role, deactivate (asks first), reactivate.
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { type FormEvent, useId } from 'react';
import { PendingButton } from '@/app/_components/pending-button';
import { ConfirmAction } from '@/app/_components/ui/confirm-action';
import { NativeSelect } from '@/app/_components/ui/input';
import { toast } from '@/app/_components/ui/toast';
import { describeError } from '@/app/_lib/error-message';
import { useTRPC } from '@/app/_lib/trpc-client';
import { ROLE_LABELS, type StaffRole } from './role-labels';

const ROLES: StaffRole[] = ['owner', 'admin', 'counselor'];

export function MemberActions({
  member,
  actorIsOwner,
}: {
  member: { membershipId: string; name: string; role: StaffRole; status: 'active' | 'deactivated' };
  actorIsOwner: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const roleId = useId();
  const done = (message: string) => () => {
    toast.success(message);
    router.refresh();
  };
  const failed = (error: unknown) => toast.error(describeError(error).message);
  const changeRole = useMutation(trpc.team.changeRole.mutationOptions({ onError: failed }));
  const deactivate = useMutation(trpc.team.deactivate.mutationOptions());
  const reactivate = useMutation(trpc.team.reactivate.mutationOptions({ onError: failed }));
  // Only owners manage owners (the server says so too); the choices say it up front.
  const roles = actorIsOwner ? ROLES : ROLES.filter((r) => r !== 'owner');
  if (!actorIsOwner && member.role === 'owner')
    return <span className="text-muted">Only owners change an owner.</span>;

  function submitRole(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const role = String(new FormData(event.currentTarget).get('role')) as StaffRole;
    changeRole.mutate(
      { membershipId: member.membershipId, role },
      { onSuccess: done(`${member.name} is now ${role === 'admin' ? 'an' : 'a'} ${role}.`) },
    );
  }

  if (member.status === 'deactivated')
    return (
      <PendingButton
        variant="secondary"
        size="sm"
        pending={reactivate.isPending}
        pendingLabel="Reactivating…"
        onClick={() =>
          reactivate.mutate(
            { membershipId: member.membershipId },
            { onSuccess: done(`${member.name} is active again.`) },
          )
        }
      >
        {`Reactivate ${member.name}`}
      </PendingButton>
    );

  return (
    <div className="flex flex-col items-start gap-2 md:flex-row md:flex-wrap md:items-center md:[&_button]:whitespace-nowrap">
      <form
        onSubmit={submitRole}
        className="flex flex-wrap items-center gap-2"
        aria-label={`Role of ${member.name}`}
      >
        <label htmlFor={roleId} className="sr-only">
          Role
        </label>
        <NativeSelect
          id={roleId}
          name="role"
          defaultValue={member.role}
          className="min-h-9 w-auto py-1 text-sm"
        >
          {roles.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </NativeSelect>
        <PendingButton
          type="submit"
          variant="secondary"
          size="sm"
          pending={changeRole.isPending}
          pendingLabel="Saving…"
        >
          Change role
        </PendingButton>
      </form>
      <ConfirmAction
        triggerLabel={`Deactivate ${member.name}`}
        triggerVariant="ghost"
        question={`Deactivate ${member.name}? They are signed out at once and can no longer open this practice. Their couples stay assigned to them until you reassign them.`}
        confirmLabel="Deactivate"
        pendingLabel="Deactivating…"
        pending={deactivate.isPending}
        error={deactivate.error ? describeError(deactivate.error).message : null}
        onConfirm={() =>
          deactivate.mutateAsync(
            { membershipId: member.membershipId },
            { onSuccess: done(`${member.name} is deactivated.`) },
          )
        }
      />
    </div>
  );
}
