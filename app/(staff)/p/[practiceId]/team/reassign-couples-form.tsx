'use client';
// Moves every couple of one counselor to another active staff member, in one step.
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { FormMessage } from '../../../../_components/form-message';
import { describeError } from '../../../../_lib/error-message';
import { useTRPC } from '../../../../_lib/trpc-client';

type Option = { membershipId: string; name: string; status: 'active' | 'deactivated' };

export function ReassignCouplesForm({ members }: { members: Option[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [success, setSuccess] = useState<string | null>(null);
  const reassign = useMutation(trpc.team.reassignCouples.mutationOptions());
  const failure = reassign.error ? describeError(reassign.error) : null;
  const active = members.filter((m) => m.status === 'active');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSuccess(null);
    const form = new FormData(event.currentTarget);
    const fromMembershipId = String(form.get('from') ?? '');
    const toMembershipId = String(form.get('to') ?? '');
    const to = members.find((m) => m.membershipId === toMembershipId)?.name ?? 'them';
    reassign.mutate(
      { fromMembershipId, toMembershipId },
      {
        onSuccess: ({ moved }) => {
          setSuccess(`${moved} ${moved === 1 ? 'couple moves' : 'couples move'} to ${to}.`);
          router.refresh();
        },
      },
    );
  }

  return (
    <form onSubmit={submit} className="card" noValidate aria-labelledby="reassign-heading">
      <h2 id="reassign-heading">Reassign couples</h2>
      <FormMessage error={failure?.message} success={success} />
      <div className="field">
        <label htmlFor="reassign-from">From</label>
        <select id="reassign-from" name="from">
          {members.map((m) => (
            <option key={m.membershipId} value={m.membershipId}>
              {m.name}
              {m.status === 'deactivated' ? ' (deactivated)' : ''}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="reassign-to">To</label>
        <select
          id="reassign-to"
          name="to"
          aria-describedby={failure?.fields.toMembershipId ? 'reassign-to-error' : undefined}
        >
          {active.map((m) => (
            <option key={m.membershipId} value={m.membershipId}>
              {m.name}
            </option>
          ))}
        </select>
        {failure?.fields.toMembershipId ? (
          <p id="reassign-to-error" className="field-error">
            {failure.fields.toMembershipId}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button" disabled={reassign.isPending}>
        {reassign.isPending ? 'Moving…' : 'Move all their couples'}
      </button>
    </form>
  );
}
