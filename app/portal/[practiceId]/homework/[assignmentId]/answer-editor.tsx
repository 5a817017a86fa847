'use client';
// Where a partner writes their answer: drafts save themselves; sending makes it final.
import { Send } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Alert } from '@/app/_components/ui/alert';
import { Button } from '@/app/_components/ui/button';
import { FormMessage } from '@/app/_components/ui/form-message';
import { Spinner } from '@/app/_components/ui/spinner';
import { toast } from '@/app/_components/ui/toast';
import { describeError } from '@/app/_lib/error-message';
import { useAction } from '@/app/_lib/use-action';
import { saveDraftAction, sendAnswerAction } from '@/app/portal/[practiceId]/_actions/homework';
import type { TExerciseContent } from '@/db/exercise-content';
import type { AnswerVisibility } from '@/db/schema';
import type { TAnswerBody } from '@/server/services/homework/answer-body';
import { CheckInEditor } from './check-in-editor';
import { PracticeLogEditor } from './practice-log-editor';
import { PromptsEditor } from './prompts-editor';
import { SaveStatus } from './save-status';
import { useAutosave } from './use-autosave';
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
  const router = useRouter();
  const [body, setBody] = useState<TAnswerBody>(initialAnswer);
  const [visibility, setVisibility] = useState<AnswerVisibility>(initialVisibility);
  const save = useAction(saveDraftAction);
  const submit = useAction(sendAnswerAction);
  const saveState = useAutosave(
    { body, visibility },
    (draft) => save.run({ assignmentId, ...draft }),
    !submit.isPending && !submit.isSuccess,
  );
  const together = content.participation === 'together';

  return (
    <form
      className="rounded-lg border border-line bg-surface p-5 shadow-card sm:p-6"
      aria-labelledby="answer-heading"
      onSubmit={(event) => {
        event.preventDefault();
        submit.run({ assignmentId, body, visibility }).then(
          () => {
            toast.success(
              content.kind === 'practice-log' ? 'Marked as done. Well done.' : 'Sent. Thank you.',
            );
            router.refresh();
          },
          () => {}, // shown below the answer
        );
      }}
    >
      <h2 id="answer-heading" className="m-0 mb-4 text-lg font-semibold">
        {together ? 'Your answer together' : 'Your answer'}
      </h2>
      <BodyEditor content={content} body={body} partnerName={partnerName} onChange={setBody} />
      <div className="mt-6 border-t border-line pt-5">
        {content.kind === 'joint-reveal' ? (
          <Alert tone="info">
            <p>{partnerName} sees your answer once you have both sent yours, and so does your counselor.</p>
          </Alert>
        ) : (
          <VisibilityPicker
            value={visibility}
            partnerName={partnerName}
            allowPrivate={!together}
            onChange={setVisibility}
          />
        )}
      </div>
      <FormMessage error={submit.error ? describeError(submit.error).message : null} />
      {/* On a phone the button stays within thumb's reach, just above the navigation. */}
      <div className="-mx-5 -mb-5 mt-4 flex flex-col gap-2 rounded-b-lg border-t border-line bg-surface px-5 py-3 max-md:sticky max-md:bottom-[calc(4rem+1px+env(safe-area-inset-bottom))] sm:-mx-6 sm:-mb-6 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <SaveStatus
          state={saveState}
          timeZone={timeZone}
          className="min-h-5 justify-center sm:justify-start"
        />
        <Button type="submit" disabled={submit.isPending} className="w-full sm:w-auto">
          {submit.isPending ? <Spinner /> : <Send aria-hidden />}
          {submit.isPending ? 'Sending…' : content.kind === 'practice-log' ? 'Mark as done' : 'Send'}
        </Button>
      </div>
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
