'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { type FormEvent, useRef, useState } from 'react';
import { FormMessage } from '../../../../../../_components/form-message';
import { localIsoDate } from '../../../../../../_lib/calendar-date';
import { describeError } from '../../../../../../_lib/error-message';
import { useTRPC } from '../../../../../../_lib/trpc-client';
import { readSessionFields, type SessionDefaults, SessionFields } from './session-fields';

/** Moves a scheduled session or changes its length, format or place. */
export function RescheduleSessionForm({
  sessionId,
  timeZone,
  current,
}: {
  sessionId: string;
  timeZone: string;
  current: SessionDefaults;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const reschedule = useMutation(trpc.sessions.reschedule.mutationOptions());
  const failure = reschedule.error ? describeError(reschedule.error) : null;
  const formId = `reschedule-${sessionId}`;

  function close() {
    setOpen(false);
    reschedule.reset();
    toggleRef.current?.focus();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    reschedule.mutate(
      { sessionId, ...readSessionFields(new FormData(event.currentTarget)) },
      {
        onSuccess: () => {
          setSaved(true);
          close();
          router.refresh();
        },
      },
    );
  }

  return (
    <div className="change-session">
      <button
        ref={toggleRef}
        type="button"
        className="button secondary"
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        onClick={() => {
          if (open) return close();
          setSaved(false);
          setOpen(true);
        }}
      >
        Reschedule
      </button>
      <span role="status" className="saved">
        {saved ? 'Session changed.' : null}
      </span>
      {open ? (
        <form
          id={formId}
          onSubmit={submit}
          noValidate
          aria-label="Reschedule session"
          className="inline-form"
        >
          <FormMessage error={failure?.message} />
          <SessionFields
            idPrefix={formId}
            timeZone={timeZone}
            minDate={localIsoDate()}
            defaults={current}
            errors={failure?.fields ?? {}}
          />
          <div className="actions">
            <button type="submit" className="button" disabled={reschedule.isPending}>
              {reschedule.isPending ? 'Saving…' : 'Save changes'}
            </button>
            <button type="button" className="link-button" onClick={close}>
              Close
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
