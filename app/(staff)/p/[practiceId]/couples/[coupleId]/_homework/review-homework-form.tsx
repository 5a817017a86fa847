'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import type { FormEvent } from 'react';
import { Button } from '@/app/_components/ui/button';
import { TextAreaField } from '@/app/_components/ui/field';
import { FormMessage } from '@/app/_components/ui/form-message';
import { Spinner } from '@/app/_components/ui/spinner';
import { describeError } from '@/app/_lib/error-message';
import { useTRPC } from '@/app/_lib/trpc-client';
import { focusHomework } from './homework-focus';

/** Marks submitted homework reviewed, with an optional short comment both partners see. */
export function ReviewHomeworkForm({ assignmentId, title }: { assignmentId: string; title: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const review = useMutation(
    trpc.homework.review.mutationOptions({
      onSuccess: () => {
        focusHomework(assignmentId);
        router.refresh();
      },
    }),
  );
  const failure = review.error ? describeError(review.error) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const comment = String(new FormData(event.currentTarget).get('comment') ?? '').trim();
    review.mutate({ assignmentId, comment: comment || undefined });
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={`Review ${title}`}
      className="mt-4 border-t border-line pt-4"
    >
      <FormMessage error={failure?.message} />
      <TextAreaField
        label="Comment for the couple"
        name="comment"
        id={`review-${assignmentId}`}
        hint="Optional, a sentence or two. Both partners see it with this homework."
        rows={2}
        maxLength={1000}
        error={failure?.fields.comment}
      />
      <Button type="submit" variant="secondary" disabled={review.isPending}>
        {review.isPending ? <Spinner /> : null}
        {review.isPending ? 'Saving…' : 'Mark reviewed'}
      </Button>
    </form>
  );
}
