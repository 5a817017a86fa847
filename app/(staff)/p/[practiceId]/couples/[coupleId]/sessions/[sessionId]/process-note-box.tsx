'use client';
// The author's psychotherapy notes on this session: private working notes, kept apart from the
// session note and the record, saved as they type.
import { useMutation } from '@tanstack/react-query';
import { LockKeyhole } from 'lucide-react';
import { useState } from 'react';
import { cn } from '@/app/_components/ui/cn';
import { TextAreaField } from '@/app/_components/ui/field';
import { useTRPC } from '@/app/_lib/trpc-client';
import { describeAutosave, useVersionedAutosave } from './use-versioned-autosave';

export function ProcessNoteBox({
  sessionId,
  initial,
  timeZone,
}: {
  sessionId: string;
  initial: { text: string; updatedAt: Date } | null;
  /** The practice's, for the time of the last save. */
  timeZone: string;
}) {
  const trpc = useTRPC();
  const [text, setText] = useState(initial?.text ?? '');
  const save = useMutation(trpc.notes.processNote.save.mutationOptions());
  const autosave = useVersionedAutosave({
    value: text,
    initialVersion: initial?.updatedAt ?? null,
    save: async (value, version) =>
      (await save.mutateAsync({ sessionId, expectedUpdatedAt: version, text: value })).updatedAt,
  });
  return (
    <section
      aria-labelledby="process-heading"
      className="rounded-lg border-2 border-dashed border-line-strong bg-surface p-5 sm:p-6"
    >
      <h2 id="process-heading" className="m-0 mb-1 flex items-center gap-2">
        <LockKeyhole aria-hidden className="size-5 text-muted" />
        Psychotherapy notes (private to you)
      </h2>
      <p className="m-0 mb-4 text-sm text-muted">
        Only you can read these. They are kept apart from the session note, are not part of the clinical
        record, and are never shown to the couple or to other staff, owners included.
      </p>
      <TextAreaField
        label="Process notes"
        name="processNote"
        id="process-note"
        rows={6}
        maxLength={20_000}
        value={text}
        onChange={(e) => setText(e.target.value)}
        fieldClassName="mb-2"
      />
      <p
        className={cn(
          'm-0 min-h-5 text-sm',
          autosave.status.kind === 'conflict' ? 'font-medium text-danger-700' : 'text-muted',
        )}
        role="status"
        aria-live="polite"
      >
        {describeAutosave(autosave.status, timeZone)}
      </p>
    </section>
  );
}
