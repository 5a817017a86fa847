'use client';
// Moves couples of one counselor to another active staff member, in one step: every couple of
// theirs is ticked to begin with, and any can be left out.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { PendingButton } from '@/app/_components/pending-button';
import { Card, CardDescription, CardTitle } from '@/app/_components/ui/card';
import { SelectField } from '@/app/_components/ui/field';
import { FormMessage } from '@/app/_components/ui/form-message';
import { describeError } from '@/app/_lib/error-message';
import { useTRPC } from '@/app/_lib/trpc-client';
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

  const submitLabel =
    chosen.length === list.length && !theirs.data?.more
      ? `Move all ${couplesLabel(chosen.length)}`
      : `Move ${couplesLabel(chosen.length)}`;

  return (
    <Card>
      <form onSubmit={submit} noValidate aria-labelledby="reassign-heading">
        <CardTitle id="reassign-heading">Reassign couples</CardTitle>
        <CardDescription className="mb-4">
          Hand some or all of one person’s couples to another, for a leave or when someone moves on.
        </CardDescription>
        <FormMessage error={localError ?? failure?.message} success={success} />
        <SelectField
          id="reassign-from"
          label="From"
          name="from"
          value={from}
          onChange={(e) => chooseFrom(e.target.value)}
        >
          {members.map((m) => (
            <option key={m.membershipId} value={m.membershipId}>
              {m.name}
              {m.status === 'deactivated' ? ' (deactivated)' : ''}
            </option>
          ))}
        </SelectField>
        <CoupleChoices
          loading={theirs.isPending}
          failed={theirs.isError}
          couples={list}
          more={theirs.data?.more ?? false}
          leftOut={leftOut}
          onChange={setLeftOut}
        />
        <SelectField id="reassign-to" label="To" name="to" error={failure?.fields.toMembershipId}>
          {active.map((m) => (
            <option key={m.membershipId} value={m.membershipId}>
              {m.name}
            </option>
          ))}
        </SelectField>
        <PendingButton
          type="submit"
          pending={reassign.isPending}
          pendingLabel="Moving…"
          disabled={chosen.length === 0}
        >
          {submitLabel}
        </PendingButton>
      </form>
    </Card>
  );
}
