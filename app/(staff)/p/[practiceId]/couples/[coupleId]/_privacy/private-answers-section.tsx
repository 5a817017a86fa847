'use client';
// When a partner asks (e.g. on leaving), staff delete that partner's private answers: never shown to
// staff, deleted unread, counted. The other partner's answers, shared answers and notes stay.
import { useMutation } from '@tanstack/react-query';
import { Card, CardDescription, CardHeader, CardTitle } from '@/app/_components/ui/card';
import { ConfirmAction } from '@/app/_components/ui/confirm-action';
import { FormMessage } from '@/app/_components/ui/form-message';
import { describeError } from '@/app/_lib/error-message';
import { useTRPC } from '@/app/_lib/trpc-client';

type Partner = { id: string; displayName: string };

function PartnerPrivateAnswers({ coupleId, partner }: { coupleId: string; partner: Partner }) {
  const trpc = useTRPC();
  const remove = useMutation(trpc.clientData.deletePartnerPrivateAnswers.mutationOptions());
  const deleted = remove.data?.deleted;
  return (
    <li className="py-3 first:pt-0 last:pb-0">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <strong>{partner.displayName}</strong>
        <ConfirmAction
          triggerLabel={`Delete ${partner.displayName}’s private answers`}
          question={`Delete every answer ${partner.displayName} kept private, as they asked? This cannot be undone. Shared answers, the other partner’s answers and session notes stay.`}
          confirmLabel="Delete them"
          pendingLabel="Deleting…"
          pending={remove.isPending}
          error={remove.error ? describeError(remove.error).message : null}
          onConfirm={() => remove.mutateAsync({ coupleId, partnerId: partner.id, confirm: true })}
        />
      </div>
      <FormMessage
        success={
          deleted === undefined
            ? null
            : `Deleted ${deleted === 1 ? '1 private answer' : `${deleted} private answers`} of ${partner.displayName}.`
        }
      />
    </li>
  );
}

export function PrivateAnswersSection({ coupleId, partners }: { coupleId: string; partners: Partner[] }) {
  return (
    <Card aria-labelledby="private-answers-heading">
      <CardHeader className="block">
        <CardTitle id="private-answers-heading">Private answers</CardTitle>
        <CardDescription>
          Only on the partner’s request. Partners can also do this themselves under Your data in the portal.
        </CardDescription>
      </CardHeader>
      <ul className="m-0 list-none divide-y divide-line p-0">
        {partners.map((p) => (
          <PartnerPrivateAnswers key={p.id} coupleId={coupleId} partner={p} />
        ))}
      </ul>
    </Card>
  );
}
