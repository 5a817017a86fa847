'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { InlineEdit } from '@/app/_components/inline-edit';
import { Button } from '@/app/_components/ui/button';
import { FormMessage } from '@/app/_components/ui/form-message';
import { Spinner } from '@/app/_components/ui/spinner';
import { describeError } from '@/app/_lib/error-message';
import { useTRPC } from '@/app/_lib/trpc-client';
import { readSessionFields, type SessionDefaults, SessionFields } from './session-fields';

/** Moves a scheduled session or changes its length, format or place. */
export function RescheduleSessionForm({
  sessionId,
  timeZone,
  earliestDate,
  current,
}: {
  sessionId: string;
  timeZone: string;
  /** Today on the practice's calendar. */
  earliestDate: string;
  current: SessionDefaults;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const reschedule = useMutation(trpc.sessions.reschedule.mutationOptions());
  const failure = reschedule.error ? describeError(reschedule.error) : null;
  const formId = `reschedule-${sessionId}`;

  return (
    <InlineEdit formId={formId} label="Reschedule" savedMessage="Session changed." onClose={reschedule.reset}>
      {({ close, saved }) => (
        <form
          id={formId}
          onSubmit={(event) => {
            event.preventDefault();
            reschedule.mutate(
              { sessionId, ...readSessionFields(new FormData(event.currentTarget)) },
              {
                onSuccess: () => {
                  saved();
                  router.refresh();
                },
              },
            );
          }}
          noValidate
          aria-label="Reschedule session"
          className="order-last mt-2 w-full rounded-md border border-line bg-paper p-4"
        >
          <FormMessage error={failure?.message} />
          <SessionFields
            idPrefix={formId}
            timeZone={timeZone}
            minDate={earliestDate}
            defaults={current}
            errors={failure?.fields ?? {}}
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={reschedule.isPending}>
              {reschedule.isPending ? <Spinner /> : null}
              {reschedule.isPending ? 'Saving…' : 'Save changes'}
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
