'use client';
// The author's psychotherapy notes on this session: private working notes, kept apart from the
// session note and the record, saved as they type.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { TextAreaField } from '../../../../../../../_components/ui/field';
import { useTRPC } from '../../../../../../../_lib/trpc-client';
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
    <section aria-labelledby="process-heading" className="card private-box">
      <h2 id="process-heading">Psychotherapy notes (private to you)</h2>
      <p className="hint">
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
      />
      <p
        className={autosave.status.kind === 'conflict' ? 'alert alert-error' : 'hint'}
        role="status"
        aria-live="polite"
      >
        {describeAutosave(autosave.status, timeZone)}
      </p>
    </section>
  );
}
