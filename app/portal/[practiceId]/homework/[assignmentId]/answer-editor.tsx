'use client';
// Where a partner writes their answer: drafts save themselves; sending makes it final.
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { TExerciseContent } from '../../../../../db/exercise-content';
import type { AnswerVisibility } from '../../../../../db/schema';
import type { TAnswerBody } from '../../../../../server/services/homework/answer-body';
import { describeError } from '../../../../_lib/error-message';
import { useTRPC } from '../../../../_lib/trpc-client';
import { CheckInEditor } from './check-in-editor';
import { PracticeLogEditor } from './practice-log-editor';
import { PromptsEditor } from './prompts-editor';
import { describeSaveState, useAutosave } from './use-autosave';
import { VisibilityPicker } from './visibility-picker';

export function AnswerEditor({
  assignmentId,
  content,
  initialAnswer,
  initialVisibility,
  partnerName,
  timeZone,
}: {
  assignmentId: string;
  content: TExerciseContent;
  initialAnswer: TAnswerBody;
  initialVisibility: AnswerVisibility;
  partnerName: string;
  /** The practice's, for the time of the last save. */
  timeZone: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [body, setBody] = useState<TAnswerBody>(initialAnswer);
  const [visibility, setVisibility] = useState<AnswerVisibility>(initialVisibility);
  const save = useMutation(trpc.portal.homework.save.mutationOptions());
  const submit = useMutation(
    trpc.portal.homework.submit.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  const saveState = useAutosave(
    { body, visibility },
    (draft) => save.mutateAsync({ assignmentId, ...draft }),
    !submit.isPending && !submit.isSuccess,
  );
  const together = content.participation === 'together';

  return (
    <form
      className="card answer-form"
      aria-labelledby="answer-heading"
      onSubmit={(event) => {
        event.preventDefault();
        submit.mutate({ assignmentId, body, visibility });
      }}
    >
      <h2 id="answer-heading">{together ? 'Your answer together' : 'Your answer'}</h2>
      <BodyEditor content={content} body={body} partnerName={partnerName} onChange={setBody} />
      {content.kind === 'joint-reveal' ? (
        <p className="hint">
          {partnerName} sees your answer once you have both sent yours, and so does your counselor.
        </p>
      ) : (
        <VisibilityPicker
          value={visibility}
          partnerName={partnerName}
          allowPrivate={!together}
          onChange={setVisibility}
        />
      )}
      <p className="save-state" aria-live="polite">
        {describeSaveState(saveState, timeZone)}
      </p>
      {submit.error ? (
        <p className="alert alert-error" role="alert">
          {describeError(submit.error).message}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={submit.isPending}>
        {submit.isPending ? 'Sending…' : content.kind === 'practice-log' ? 'Mark as done' : 'Send'}
      </button>
    </form>
  );
}

function BodyEditor({
  content,
  body,
  partnerName,
  onChange,
}: {
  content: TExerciseContent;
  body: TAnswerBody;
  partnerName: string;
  onChange: (body: TAnswerBody) => void;
}) {
  if ((body.kind === 'reflection' || body.kind === 'joint-reveal') && 'prompts' in content)
    return (
      <PromptsEditor
        prompts={content.prompts}
        answers={body.answers}
        onChange={(answers) => onChange({ ...body, answers })}
      />
    );
  if (body.kind === 'practice-log' && content.kind === 'practice-log')
    return (
      <PracticeLogEditor
        entryLabel={content.entryLabel}
        targetCount={content.targetCount}
        entries={body.entries}
        onChange={(entries) => onChange({ ...body, entries })}
      />
    );
  if (body.kind === 'check-in-scale' && content.kind === 'check-in-scale')
    return (
      <CheckInEditor
        behaviors={content.scaleBehaviors}
        ratings={body.ratings}
        partnerName={partnerName}
        onChange={(ratings) => onChange({ ...body, ratings })}
      />
    );
  return null;
}
