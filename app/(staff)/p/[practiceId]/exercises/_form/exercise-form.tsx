'use client';
import { useMutation } from '@tanstack/react-query';
import { useParams, useRouter } from 'next/navigation';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { PendingButton } from '@/app/_components/pending-button';
import { Card } from '@/app/_components/ui/card';
import { Field, SelectField, TextAreaField } from '@/app/_components/ui/field';
import { FormMessage } from '@/app/_components/ui/form-message';
import { toast } from '@/app/_components/ui/toast';
import { describeError } from '@/app/_lib/error-message';
import { BEHAVIORS, behaviorName } from '@/app/_lib/homework-labels';
import { useTRPC } from '@/app/_lib/trpc-client';
import { checkDraft, type DraftErrors, type ExerciseDraft, LIMITS, MAX_PROMPTS } from './exercise-draft';
import { KindField } from './kind-field';
import { ParticipationField } from './participation-field';
import { PracticeLogFields } from './practice-log-fields';
import { PromptListField } from './prompt-list-field';
import { ScaleBehaviorsField } from './scale-behaviors-field';

type Target = { mode: 'create'; copiedFromExerciseId?: string } | { mode: 'edit'; exerciseId: string };

/** Writes a practice exercise of any of the four kinds: new, copied from the library, or edited. */
export function ExerciseForm({ initial, target }: { initial: ExerciseDraft; target: Target }) {
  const trpc = useTRPC();
  const router = useRouter();
  const { practiceId } = useParams<{ practiceId: string }>();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [checks, setChecks] = useState(0);

  // After a failed check, take keyboard and screen reader users to the first field to fix.
  useEffect(() => {
    if (checks === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [checks]);

  const onSaved = ({ exerciseId }: { exerciseId: string }) => {
    toast.success(target.mode === 'edit' ? 'Changes saved.' : 'Exercise saved.');
    router.push(`/p/${practiceId}/exercises/practice/${exerciseId}`);
    router.refresh();
  };
  const create = useMutation(trpc.exercises.create.mutationOptions({ onSuccess: onSaved }));
  const update = useMutation(trpc.exercises.update.mutationOptions({ onSuccess: onSaved }));
  const saving = create.isPending || update.isPending;
  const serverError = create.error ?? update.error;
  const described = serverError ? describeError(serverError) : null;
  // Content is one nested object, so the server names only `content`; its message says what is wrong.
  const failure = described ? (described.fields.content ?? described.message) : null;
  const errorCount = Object.keys(errors).length;

  const change = (patch: Partial<ExerciseDraft>) => setDraft((d) => ({ ...d, ...patch }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkDraft(draft);
    if ('errors' in checked) {
      setErrors(checked.errors);
      setChecks((n) => n + 1);
      return;
    }
    setErrors({});
    if (target.mode === 'edit') update.mutate({ exerciseId: target.exerciseId, content: checked.content });
    else create.mutate({ content: checked.content, copiedFromExerciseId: target.copiedFromExerciseId });
  }

  const part = 'border-t border-line pt-5 mt-1';
  const partTitle = 'm-0 mb-3 text-base font-semibold';

  return (
    <Card>
      <form ref={formRef} onSubmit={submit} noValidate aria-label="Exercise">
        <FormMessage
          error={
            errorCount > 0
              ? `Please fix ${errorCount === 1 ? 'the field' : `the ${errorCount} fields`} marked below.`
              : failure
          }
        />
        <Field
          label="Title"
          name="title"
          maxLength={LIMITS.title}
          value={draft.title}
          error={errors.title}
          onChange={(e) => change({ title: e.target.value })}
        />
        <div className="grid gap-x-4 sm:grid-cols-[minmax(0,1fr)_10rem]">
          <SelectField
            id="exercise-behavior"
            label="Behavior"
            name="behavior"
            value={draft.behavior}
            onChange={(e) => change({ behavior: e.target.value as ExerciseDraft['behavior'] })}
          >
            {BEHAVIORS.map((b) => (
              <option key={b} value={b}>
                {behaviorName(b)}
              </option>
            ))}
          </SelectField>
          <Field
            label="Minutes it takes"
            name="estimatedMinutes"
            type="number"
            inputMode="numeric"
            min={1}
            max={240}
            value={draft.estimatedMinutes}
            error={errors.estimatedMinutes}
            onChange={(e) => change({ estimatedMinutes: e.target.value })}
          />
        </div>
        <TextAreaField
          label="Summary"
          name="summary"
          rows={2}
          hint="One line, shown in lists."
          maxLength={LIMITS.summary}
          value={draft.summary}
          error={errors.summary}
          onChange={(e) => change({ summary: e.target.value })}
        />

        <div className={part}>
          <h2 className={partTitle}>How it works</h2>
          <KindField value={draft.kind} onChange={(kind) => change({ kind })} />
          <ParticipationField
            kind={draft.kind}
            value={draft.participation}
            onChange={(participation) => change({ participation })}
          />
        </div>

        <div className={part}>
          <h2 className={partTitle}>What it asks</h2>
          <TextAreaField
            label="Instructions"
            name="instructions"
            rows={5}
            hint="What to do, in a few short, warm sentences."
            maxLength={LIMITS.instructions}
            value={draft.instructions}
            error={errors.instructions}
            onChange={(e) => change({ instructions: e.target.value })}
          />
          {draft.kind === 'reflection' || draft.kind === 'joint-reveal' ? (
            <PromptListField
              prompts={draft.prompts}
              max={MAX_PROMPTS[draft.kind]}
              error={errors.prompts}
              onChange={(prompts) => change({ prompts })}
            />
          ) : null}
          {draft.kind === 'practice-log' ? (
            <PracticeLogFields
              targetCount={draft.targetCount}
              entryLabel={draft.entryLabel}
              errors={errors}
              onChange={change}
            />
          ) : null}
          {draft.kind === 'check-in-scale' ? (
            <ScaleBehaviorsField
              value={draft.scaleBehaviors}
              error={errors.scaleBehaviors}
              onChange={(scaleBehaviors) => change({ scaleBehaviors })}
            />
          ) : null}
        </div>

        <div className={part}>
          <PendingButton type="submit" pending={saving} pendingLabel="Saving…">
            {target.mode === 'edit' ? 'Save changes' : 'Save exercise'}
          </PendingButton>
        </div>
      </form>
    </Card>
  );
}
