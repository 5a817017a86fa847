'use client';
// Per-member controls on the team page: change role, deactivate (asks first), reactivate.
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { type FormEvent, useId, useState } from 'react';
import { ConfirmAction } from '../../../../_components/ui/confirm-action';
import { FormMessage } from '../../../../_components/ui/form-message';
import { describeError } from '../../../../_lib/error-message';
import { useTRPC } from '../../../../_lib/trpc-client';

type StaffRole = 'owner' | 'admin' | 'counselor';
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
  const [success, setSuccess] = useState<string | null>(null);
  const done = (message: string) => () => {
    setSuccess(message);
    router.refresh();
  };
  const changeRole = useMutation(trpc.team.changeRole.mutationOptions());
  const deactivate = useMutation(trpc.team.deactivate.mutationOptions());
  const reactivate = useMutation(trpc.team.reactivate.mutationOptions());
  const failure = [changeRole.error, reactivate.error].find(Boolean);
  // Only owners manage owners (the server says so too); the choices say it up front.
  const roles = actorIsOwner ? ROLES : ROLES.filter((r) => r !== 'owner');
  if (!actorIsOwner && member.role === 'owner') return null;

  function submitRole(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSuccess(null);
    const role = String(new FormData(event.currentTarget).get('role')) as StaffRole;
    changeRole.mutate(
      { membershipId: member.membershipId, role },
      { onSuccess: done(`${member.name} is now ${role === 'admin' ? 'an' : 'a'} ${role}.`) },
    );
  }

  return (
    <div className="member-actions">
      <FormMessage error={failure ? describeError(failure).message : null} success={success} />
      {member.status === 'active' ? (
        <>
          <form onSubmit={submitRole} className="inline-form" aria-label={`Role of ${member.name}`}>
            <label htmlFor={roleId}>Role</label>
            <select id={roleId} name="role" defaultValue={member.role}>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {r[0]?.toUpperCase()}
                  {r.slice(1)}
                </option>
              ))}
            </select>
            <button type="submit" className="button secondary" disabled={changeRole.isPending}>
              {changeRole.isPending ? 'Saving…' : 'Change role'}
            </button>
          </form>
          <ConfirmAction
            triggerLabel={`Deactivate ${member.name}`}
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
        </>
      ) : (
        <button
          type="button"
          className="button secondary"
          disabled={reactivate.isPending}
          onClick={() => {
            setSuccess(null);
            reactivate.mutate(
              { membershipId: member.membershipId },
              { onSuccess: done(`${member.name} is active again.`) },
            );
          }}
        >
          {reactivate.isPending ? 'Reactivating…' : `Reactivate ${member.name}`}
        </button>
      )}
    </div>
  );
}
