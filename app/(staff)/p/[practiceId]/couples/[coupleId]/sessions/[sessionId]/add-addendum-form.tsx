'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { Button } from '@/app/_components/ui/button';
import { TextAreaField } from '@/app/_components/ui/field';
import { FormMessage } from '@/app/_components/ui/form-message';
import { Spinner } from '@/app/_components/ui/spinner';
import { describeError } from '@/app/_lib/error-message';
import { useTRPC } from '@/app/_lib/trpc-client';

/** Adds to a signed note without changing it: the addendum is kept under the writer's name and time. */
export function AddAddendumForm({ sessionId }: { sessionId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [text, setText] = useState('');
  const [success, setSuccess] = useState<string | null>(null);
  const add = useMutation(trpc.notes.addAddendum.mutationOptions());
  const failure = add.error ? describeError(add.error) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSuccess(null);
    add.mutate(
      { sessionId, text },
      {
        onSuccess: () => {
          setText('');
          setSuccess('Addendum added.');
          router.refresh();
        },
      },
    );
  }

  return (
    <form
      onSubmit={submit}
      className="rounded-lg border border-line bg-surface p-5 shadow-card"
      noValidate
      aria-labelledby="addendum-heading"
    >
      <h3 id="addendum-heading" className="m-0 mb-4 text-base">
        Add addendum
      </h3>
      <FormMessage error={failure?.message} success={success} />
      <TextAreaField
        label="Addendum"
        name="text"
        id="addendum-text"
        hint="Kept with the note under your name and today’s date. It cannot be changed afterwards."
        rows={4}
        maxLength={10_000}
        required
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={failure?.fields.text}
      />
      <Button type="submit" disabled={add.isPending || !text.trim()}>
        {add.isPending ? <Spinner /> : null}
        {add.isPending ? 'Adding…' : 'Add addendum'}
      </Button>
    </form>
  );
}
