'use client';
// The draft of a session note: observations, the template's sections and the homework review,
// autosaved as the author types; assigning homework from the note; signing, which locks it.
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Card } from '@/app/_components/ui/card';
import { cn } from '@/app/_components/ui/cn';
import { ConfirmAction } from '@/app/_components/ui/confirm-action';
import { TextAreaField } from '@/app/_components/ui/field';
import { describeError } from '@/app/_lib/error-message';
import { behaviorName } from '@/app/_lib/homework-labels';
import type { THomeworkPartner } from '@/app/_lib/router-types';
import { useTRPC } from '@/app/_lib/trpc-client';
import { AssignHomeworkForm } from '@/app/(staff)/p/[practiceId]/couples/[coupleId]/_homework/assign-homework-form';
import type { PickerExercise } from '@/app/(staff)/p/[practiceId]/couples/[coupleId]/_homework/picker-exercise';
import type { NoteTemplate } from '@/db/schema';
import {
  emptyNoteContent,
  TEMPLATE_SECTIONS,
  type TNoteContent,
  unratedBehaviors,
} from '@/server/services/notes/note-shape';
import { AssignedFromNote } from './assigned-from-note';
import { HomeworkReview } from './homework-review';
import type { TAssignedFromNote, THomeworkReview } from './note-types';
import { ObservationsEditor } from './observations-editor';
import { describeAutosave, useVersionedAutosave } from './use-versioned-autosave';

export function NoteEditor({
  sessionId,
  coupleId,
  template,
  initial,
  review,
  partners,
  exercises,
  assignedFromNote,
  timeZone,
}: {
  sessionId: string;
  coupleId: string;
  template: NoteTemplate;
  /** The stored draft, or null when the note has not been started. */
  initial: { id: string; content: TNoteContent; updatedAt: Date } | null;
  review: THomeworkReview;
  partners: THomeworkPartner[];
  /** Exercises to assign from the note; empty when the couple cannot get homework now. */
  exercises: PickerExercise[];
  assignedFromNote: TAssignedFromNote;
  /** The practice's, for the time of the last save. */
  timeZone: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [content, setContent] = useState<TNoteContent>(initial?.content ?? emptyNoteContent());
  const [noteId, setNoteId] = useState(initial?.id ?? null);
  const saveDraft = useMutation(trpc.notes.saveDraft.mutationOptions());
  const sign = useMutation(trpc.notes.sign.mutationOptions());
  const [signError, setSignError] = useState<string | null>(null);
  const autosave = useVersionedAutosave({
    value: content,
    initialVersion: initial?.updatedAt ?? null,
    save: async (value, version) => {
      const saved = await saveDraft.mutateAsync({ sessionId, expectedUpdatedAt: version, content: value });
      setNoteId(saved.noteId);
      return saved.updatedAt;
    },
  });
  const comments = Object.fromEntries(content.homeworkReview.map((r) => [r.assignmentId, r.comment]));

  function setComment(assignmentId: string, comment: string) {
    setContent((c) => ({
      ...c,
      homeworkReview: [
        ...c.homeworkReview.filter((r) => r.assignmentId !== assignmentId),
        ...(comment.trim() ? [{ assignmentId, comment }] : []),
      ],
    }));
  }

  /** Signs the note; false (with the reason shown) when it cannot be signed yet. */
  async function signNow(): Promise<boolean> {
    setSignError(null);
    const refuse = (reason: string) => {
      setSignError(reason);
      return false;
    };
    const unrated = unratedBehaviors(content);
    if (unrated.length > 0)
      return refuse(
        `Choose a level for every behavior before signing. Still open: ${unrated.map(behaviorName).join(', ')}.`,
      );
    try {
      await autosave.flush();
    } catch (error) {
      return refuse(describeError(error).message);
    }
    const version = autosave.version();
    if (!version) return refuse('Write the note before signing it.');
    try {
      await sign.mutateAsync({ sessionId, expectedUpdatedAt: version });
    } catch (error) {
      return refuse(describeError(error).message);
    }
    router.refresh();
    return true;
  }

  const conflict = autosave.status.kind === 'conflict';
  return (
    <>
      <div
        className={cn(
          'sticky top-0 z-10 -mx-1 min-h-10 rounded-md border px-3 py-2 text-sm shadow-card',
          conflict ? 'border-danger-100 bg-danger-50 text-danger-700' : 'border-line bg-surface text-muted',
        )}
        role="status"
        aria-live="polite"
      >
        {describeAutosave(autosave.status, timeZone) ||
          (initial ? 'Draft, not signed yet' : 'New note: it saves as you type')}
      </div>
      <ObservationsEditor
        observations={content.observations}
        onChange={(behavior, observation) =>
          setContent((c) => ({ ...c, observations: { ...c.observations, [behavior]: observation } }))
        }
      />
      <Card aria-labelledby="narrative-heading">
        <h2 id="narrative-heading" className="m-0 mb-4">
          Session narrative
        </h2>
        {TEMPLATE_SECTIONS[template].map((section) => (
          <TextAreaField
            key={section.key}
            label={section.title}
            name={`section-${section.key}`}
            id={`section-${section.key}`}
            hint={section.hint}
            rows={6}
            maxLength={20_000}
            value={content.sections[section.key] ?? ''}
            onChange={(e) => {
              const text = e.target.value;
              setContent((c) => ({ ...c, sections: { ...c.sections, [section.key]: text } }));
            }}
          />
        ))}
      </Card>
      <HomeworkReview review={review} comments={comments} onComment={setComment} timeZone={timeZone} />
      <Card aria-labelledby="from-note-heading">
        <h2 id="from-note-heading" className="m-0 mb-4">
          Homework from this session
        </h2>
        <AssignedFromNote items={assignedFromNote} partners={partners} />
        {noteId && exercises.length > 0 ? (
          <AssignHomeworkForm
            coupleId={coupleId}
            partners={partners}
            exercises={exercises}
            sessionNoteId={noteId}
          />
        ) : (
          <p className="m-0 text-sm text-muted">
            {noteId
              ? 'Homework can only be assigned while the couple is active.'
              : 'Start writing the note to assign homework from it.'}
          </p>
        )}
      </Card>
      <Card aria-labelledby="sign-heading">
        <h2 id="sign-heading" className="m-0 mb-1">
          Sign
        </h2>
        <p className="m-0 mb-4 text-sm text-muted">
          Once signed, the note is part of the record and cannot change; later words go in addenda.
        </p>
        <ConfirmAction
          triggerLabel="Sign note"
          triggerVariant="primary"
          question="Signing locks the note: nothing in it can change afterwards, and anything you add later is kept as a dated addendum. Sign it now?"
          confirmLabel="Sign and lock"
          pendingLabel="Signing…"
          pending={sign.isPending || autosave.status.kind === 'saving'}
          error={signError}
          onConfirm={signNow}
        />
      </Card>
    </>
  );
}
