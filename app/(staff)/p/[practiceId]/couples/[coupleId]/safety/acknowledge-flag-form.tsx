'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/app/_components/ui/button';
import { TextAreaField } from '@/app/_components/ui/field';
import { FormMessage } from '@/app/_components/ui/form-message';
import { Spinner } from '@/app/_components/ui/spinner';
import { describeError } from '@/app/_lib/error-message';
import { useTRPC } from '@/app/_lib/trpc-client';

export function AcknowledgeFlagForm({ flagId, partnerName }: { flagId: string; partnerName: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [note, setNote] = useState('');
  const acknowledge = useMutation(
    trpc.safety.acknowledgeFlag.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  const fieldId = `flag-note-${flagId}`;
  const described = acknowledge.error ? describeError(acknowledge.error) : null;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        acknowledge.mutate({ flagId, note });
      }}
    >
      <TextAreaField
        label={`What you did or will do about ${partnerName}’s answers`}
        name="note"
        id={fieldId}
        rows={3}
        required
        maxLength={4000}
        value={note}
        error={described?.fields.note}
        onChange={(event) => setNote(event.target.value)}
      />
      <FormMessage error={described && !described.fields.note ? described.message : null} />
      <Button type="submit" disabled={acknowledge.isPending}>
        {acknowledge.isPending ? <Spinner /> : null}
        {acknowledge.isPending ? 'Saving…' : 'Acknowledge flag'}
      </Button>
    </form>
  );
}
