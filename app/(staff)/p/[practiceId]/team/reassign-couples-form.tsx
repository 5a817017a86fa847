'use client';
// Moves couples of one counselor to another active staff member, in one step: every couple of
// theirs is ticked to begin with, and any can be left out.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { FormMessage } from '../../../../_components/ui/form-message';
import { describeError } from '../../../../_lib/error-message';
import { useTRPC } from '../../../../_lib/trpc-client';
import { CoupleChoices } from './couple-choices';

type Option = { membershipId: string; name: string; status: 'active' | 'deactivated' };

const couplesLabel = (n: number) => `${n} ${n === 1 ? 'couple' : 'couples'}`;

export function ReassignCouplesForm({ members }: { members: Option[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [from, setFrom] = useState(members[0]?.membershipId ?? '');
  // Couples left out, per counselor chosen; everything else is ticked.
  const [leftOut, setLeftOut] = useState<Set<string>>(new Set());
  const [success, setSuccess] = useState<string | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const theirs = useQuery(trpc.team.memberCouples.queryOptions({ membershipId: from }, { enabled: !!from }));
  const reassign = useMutation(trpc.team.reassignCouples.mutationOptions());
  const failure = reassign.error ? describeError(reassign.error) : null;
  const active = members.filter((m) => m.status === 'active');
  const list = theirs.data?.couples ?? [];
  const chosen = list.filter((c) => !leftOut.has(c.coupleId)).map((c) => c.coupleId);

  function chooseFrom(membershipId: string) {
    setFrom(membershipId);
    setLeftOut(new Set());
    setSuccess(null);
    setLocalError(null);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSuccess(null);
    setLocalError(null);
    if (chosen.length === 0) return setLocalError('Choose at least one couple to move.');
    const toMembershipId = String(new FormData(event.currentTarget).get('to') ?? '');
    const to = members.find((m) => m.membershipId === toMembershipId)?.name ?? 'them';
    reassign.mutate(
      { fromMembershipId: from, toMembershipId, coupleIds: chosen },
      {
        onSuccess: ({ moved }) => {
          setSuccess(`${couplesLabel(moved)} ${moved === 1 ? 'moves' : 'move'} to ${to}.`);
          setLeftOut(new Set());
          void queryClient.invalidateQueries(trpc.team.memberCouples.queryFilter());
          router.refresh();
        },
      },
    );
  }

  return (
    <form onSubmit={submit} className="card" noValidate aria-labelledby="reassign-heading">
      <h2 id="reassign-heading">Reassign couples</h2>
      <FormMessage error={localError ?? failure?.message} success={success} />
      <div className="field">
        <label htmlFor="reassign-from">From</label>
        <select id="reassign-from" name="from" value={from} onChange={(e) => chooseFrom(e.target.value)}>
          {members.map((m) => (
            <option key={m.membershipId} value={m.membershipId}>
              {m.name}
              {m.status === 'deactivated' ? ' (deactivated)' : ''}
            </option>
          ))}
        </select>
      </div>
      <CoupleChoices
        loading={theirs.isPending}
        failed={theirs.isError}
        couples={list}
        more={theirs.data?.more ?? false}
        leftOut={leftOut}
        onChange={setLeftOut}
      />
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
      <button type="submit" className="button" disabled={reassign.isPending || chosen.length === 0}>
        {reassign.isPending
          ? 'Moving…'
          : chosen.length === list.length && !theirs.data?.more
            ? `Move all ${couplesLabel(chosen.length)}`
            : `Move ${couplesLabel(chosen.length)}`}
      </button>
    </form>
  );
}
