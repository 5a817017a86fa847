'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormMessage } from '../../../../../../_components/ui/form-message';
import { describeError } from '../../../../../../_lib/error-message';
import { useTRPC } from '../../../../../../_lib/trpc-client';

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
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        acknowledge.mutate({ flagId, note });
      }}
    >
      <div className="field">
        <label htmlFor={fieldId}>What you did or will do about {partnerName}’s answers</label>
        <textarea
          id={fieldId}
          rows={3}
          required
          maxLength={4000}
          value={note}
          aria-invalid={described?.fields.note ? true : undefined}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      <FormMessage error={described ? (described.fields.note ?? described.message) : null} />
      <button type="submit" className="button" disabled={acknowledge.isPending}>
        {acknowledge.isPending ? 'Saving…' : 'Acknowledge flag'}
      </button>
    </form>
  );
}
