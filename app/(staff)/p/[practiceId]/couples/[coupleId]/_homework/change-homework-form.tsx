'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { InlineEdit } from '@/app/_components/inline-edit';
import { Button } from '@/app/_components/ui/button';
import { Field, TextAreaField } from '@/app/_components/ui/field';
import { FormMessage } from '@/app/_components/ui/form-message';
import { Spinner } from '@/app/_components/ui/spinner';
import { localIsoDate } from '@/app/_lib/calendar-date';
import { describeError } from '@/app/_lib/error-message';
import { useTRPC } from '@/app/_lib/trpc-client';

/** Moves the due date or rewrites the note, while no partner has started. */
export function ChangeHomeworkForm({
  assignmentId,
  title,
  dueOn,
  note,
}: {
  assignmentId: string;
  title: string;
  dueOn: string;
  note: string | null;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const update = useMutation(trpc.homework.update.mutationOptions());
  const failure = update.error ? describeError(update.error) : null;
  const formId = `change-${assignmentId}`;

  return (
    <InlineEdit
      formId={formId}
      label="Change due date or note"
      savedMessage="Changes saved."
      onClose={update.reset}
    >
      {({ close, saved }) => (
        <form
          id={formId}
          onSubmit={(event) => {
            event.preventDefault();
            const form = new FormData(event.currentTarget);
            update.mutate(
              { assignmentId, dueOn: String(form.get('dueOn') ?? ''), note: String(form.get('note') ?? '') },
              {
                onSuccess: () => {
                  saved();
                  router.refresh();
                },
              },
            );
          }}
          noValidate
          aria-label={`Change ${title}`}
          className="order-last mt-2 w-full max-w-md"
        >
          <FormMessage error={failure?.message} />
          <Field
            label="Due date"
            name="dueOn"
            id={`${formId}-due`}
            type="date"
            min={localIsoDate()}
            defaultValue={dueOn}
            required
            error={failure?.fields.dueOn}
          />
          <TextAreaField
            label="Note to the couple"
            name="note"
            id={`${formId}-note`}
            hint="Optional. Leave empty to remove the note."
            maxLength={1000}
            defaultValue={note ?? ''}
            error={failure?.fields.note}
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={update.isPending}>
              {update.isPending ? <Spinner /> : null}
              {update.isPending ? 'Saving…' : 'Save changes'}
            </Button>
            <Button variant="ghost" onClick={close}>
              Close
            </Button>
          </div>
        </form>
      )}
    </InlineEdit>
  );
}
