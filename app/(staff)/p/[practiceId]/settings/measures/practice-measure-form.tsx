'use client';
// An owner or admin enters (or, while no one has answered it, edits) a measure the practice is
// licensed to use: titles, instructions, questions, the answer scale, scoring, bands and thresholds,
// and the licence note. Checked here with the server's own rules, each message at its field.
import { useMutation } from '@tanstack/react-query';
import { Plus, Trash2 } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { type ReactNode, useState } from 'react';
import { PendingButton } from '@/app/_components/pending-button';
import { Button } from '@/app/_components/ui/button';
import { Card, CardDescription, CardTitle } from '@/app/_components/ui/card';
import { Field, SelectField, TextAreaField } from '@/app/_components/ui/field';
import { FormMessage } from '@/app/_components/ui/form-message';
import { describeError } from '@/app/_lib/error-message';
import { useTRPC } from '@/app/_lib/trpc-client';
import {
  crossFieldProblems,
  MAX_BANDS,
  MAX_CHOICES,
  MAX_ITEMS,
  MIN_CHOICES,
  rangeOf,
  type TPracticeMeasureInput,
  ZPracticeMeasureInput,
} from '@/server/services/measures/practice/practice-measure-shape';

type Row<T> = T & { key: number };
type Draft = Omit<
  TPracticeMeasureInput,
  'items' | 'choices' | 'bands' | 'reliableChange' | 'clinicalCutOff'
> & {
  items: Row<{ text: string }>[];
  choices: Row<{ value: string; label: string }>[];
  bands: Row<{ from: string; label: string; tone: 'calm' | 'watch' | 'concern' }>[];
  reliableChange: string;
  clinicalCutOff: string;
};

let nextKey = 1;
const keyed = <T,>(row: T): Row<T> => ({ ...row, key: nextKey++ });

const BLANK: TPracticeMeasureInput = {
  title: '',
  clientTitle: '',
  about: 'self',
  instructions: '',
  items: [{ text: '' }],
  choices: [
    { value: 0, label: '' },
    { value: 1, label: '' },
    { value: 2, label: '' },
    { value: 3, label: '' },
  ],
  choiceLayout: 'list',
  scoring: 'sum',
  better: 'lower',
  bands: [{ from: 0, label: '', tone: 'calm' }],
  reliableChange: null,
  clinicalCutOff: null,
  licence: '',
};

function draftOf(input: TPracticeMeasureInput): Draft {
  return {
    ...input,
    items: input.items.map((item) => keyed({ text: item.text })),
    choices: input.choices.map((c) => keyed({ value: String(c.value), label: c.label })),
    bands: input.bands.map((b) => keyed({ from: String(b.from), label: b.label, tone: b.tone })),
    reliableChange: input.reliableChange === null ? '' : String(input.reliableChange),
    clinicalCutOff: input.clinicalCutOff === null ? '' : String(input.clinicalCutOff),
  };
}

const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
const optionalNumber = (text: string) => (text.trim() === '' ? null : Number(text));

function inputOf(draft: Draft): TPracticeMeasureInput {
  return {
    ...draft,
    items: draft.items.map(({ text }) => ({ text })),
    choices: draft.choices.map(({ value, label }) => ({ value: numberOf(value), label })),
    bands: draft.bands.map(({ from, label, tone }) => ({ from: numberOf(from), label, tone })),
    reliableChange: optionalNumber(draft.reliableChange),
    clinicalCutOff: optionalNumber(draft.clinicalCutOff),
  };
}

const ROW_CLASS = 'm-0 min-w-0 rounded-md border border-line bg-paper/60 px-4 pt-3 pb-1';

function Section({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card aria-labelledby={`${id}-heading`}>
      <CardTitle as="h2" id={`${id}-heading`}>
        {title}
      </CardTitle>
      <CardDescription className="mb-4">{description}</CardDescription>
      {children}
    </Card>
  );
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button
      variant="ghost"
      size="sm"
      className="float-right text-danger-700 hover:bg-danger-50"
      onClick={onClick}
    >
      <Trash2 aria-hidden />
      {label}
    </Button>
  );
}

export function PracticeMeasureForm({
  practiceId,
  measureId,
  current,
}: {
  practiceId: string;
  /** Editing this measure (still unanswered); a new one when absent. */
  measureId?: string;
  current?: TPracticeMeasureInput;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [draft, setDraft] = useState<Draft>(() => draftOf(current ?? BLANK));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const done = {
    onSuccess: () => {
      router.push(`/p/${practiceId}/settings#measures`);
      router.refresh();
    },
  };
  const create = useMutation(trpc.practiceMeasures.create.mutationOptions(done));
  const update = useMutation(trpc.practiceMeasures.update.mutationOptions(done));
  const save = measureId ? update : create;
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const editRow = <K extends 'items' | 'choices' | 'bands'>(
    list: K,
    key: number,
    change: Partial<Draft[K][number]>,
  ) =>
    setDraft((d) => ({
      ...d,
      [list]: d[list].map((row) => (row.key === key ? { ...row, ...change } : row)),
    }));
  const removeRow = (list: 'items' | 'choices' | 'bands', key: number) =>
    setDraft((d) => ({ ...d, [list]: d[list].filter((row) => row.key !== key) }));
  const err = (path: string) => errors[path];

  const input = inputOf(draft);
  const validValues = input.choices.every((c) => Number.isInteger(c.value));
  const range = validValues && input.choices.length > 0 && input.items.length > 0 ? rangeOf(input) : null;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const parsed = ZPracticeMeasureInput.safeParse(input);
    if (!parsed.success) {
      // Zod skips the rules that span fields while a field is wrong; show those too, all at once.
      const issues = [...parsed.error.issues, ...crossFieldProblems(input)];
      const found: Record<string, string> = {};
      for (const issue of issues) found[issue.path.join('.')] ??= issue.message;
      setErrors(found);
      // Take the person to the first field that needs them, in the order of the form.
      const first = Object.keys(found)
        .map((path) => document.getElementById(`pm-${path.replaceAll('.', '-')}`))
        .filter((el): el is HTMLElement => el !== null)
        .sort((x, y) => (x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))[0];
      first?.focus();
      return;
    }
    setErrors({});
    if (measureId) update.mutate({ id: measureId, measure: parsed.data });
    else create.mutate({ measure: parsed.data });
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-6">
      <Section
        id="about"
        title="About the measure"
        description="Counselors see its title; clients see only the plain title and instructions."
      >
        <div className="grid gap-x-4 md:grid-cols-2">
          <Field
            id="pm-title"
            name="title"
            label="Title for counselors"
            maxLength={120}
            value={draft.title}
            error={err('title')}
            onChange={(e) => set({ title: e.target.value })}
          />
          <Field
            id="pm-clientTitle"
            name="clientTitle"
            label="Plain title for clients"
            hint="No clinical names: clients see this."
            maxLength={120}
            value={draft.clientTitle}
            error={err('clientTitle')}
            onChange={(e) => set({ clientTitle: e.target.value })}
          />
        </div>
        <SelectField
          id="pm-about"
          name="about"
          label="What it asks about"
          value={draft.about}
          onChange={(e) => set({ about: e.target.value as Draft['about'] })}
        >
          <option value="self">The person’s own wellbeing</option>
          <option value="relationship">The relationship</option>
          <option value="therapy">How the therapy is working for them</option>
        </SelectField>
        <TextAreaField
          id="pm-instructions"
          name="instructions"
          label="Instructions"
          hint="Shown above the questions."
          maxLength={1000}
          value={draft.instructions}
          error={err('instructions')}
          onChange={(e) => set({ instructions: e.target.value })}
        />
        <TextAreaField
          id="pm-licence"
          name="licence"
          label="Licence note"
          hint="What gives the practice the right to use this measure: a licence, the author’s permission, or that it is free to reproduce. Shown under the questions."
          maxLength={1000}
          value={draft.licence}
          error={err('licence')}
          onChange={(e) => set({ licence: e.target.value })}
        />
      </Section>

      <Section
        id="questions"
        title="Questions"
        description={`1 to ${MAX_ITEMS}, in the order they are asked. Answers are kept by this order, so questions cannot change once anyone has answered.`}
      >
        <ol className="m-0 flex list-none flex-col gap-3 p-0">
          {draft.items.map((item, i) => (
            <li key={item.key} className={ROW_CLASS}>
              {draft.items.length > 1 ? (
                <RemoveButton
                  label={`Remove question ${i + 1}`}
                  onClick={() => removeRow('items', item.key)}
                />
              ) : null}
              <TextAreaField
                id={`pm-items-${i}-text`}
                name={`items-${i}`}
                label={`Question ${i + 1}`}
                rows={2}
                fieldClassName="clear-both"
                maxLength={500}
                value={item.text}
                error={err(`items.${i}.text`)}
                onChange={(e) => editRow('items', item.key, { text: e.target.value })}
              />
            </li>
          ))}
        </ol>
        {err('items') ? <p className="m-0 mt-2 text-sm font-medium text-danger-700">{err('items')}</p> : null}
        {draft.items.length < MAX_ITEMS ? (
          <Button
            variant="secondary"
            className="mt-4"
            onClick={() => set({ items: [...draft.items, keyed({ text: '' })] })}
          >
            <Plus aria-hidden />
            Add a question
          </Button>
        ) : null}
      </Section>

      <Section
        id="scale"
        title="Answer scale"
        description={`${MIN_CHOICES} to ${MAX_CHOICES} answers, each with its own whole-number value from 0 to 10, from the top of the list down.`}
      >
        <ol className="m-0 flex list-none flex-col gap-3 p-0">
          {draft.choices.map((choice, i) => (
            <li key={choice.key} className={ROW_CLASS}>
              {draft.choices.length > MIN_CHOICES ? (
                <RemoveButton
                  label={`Remove answer ${i + 1}`}
                  onClick={() => removeRow('choices', choice.key)}
                />
              ) : null}
              <div className="clear-both grid gap-x-4 sm:grid-cols-[8rem_minmax(0,1fr)]">
                <Field
                  id={`pm-choices-${i}-value`}
                  name={`choices-${i}-value`}
                  label={`Answer ${i + 1} value`}
                  inputMode="numeric"
                  value={choice.value}
                  error={err(`choices.${i}.value`)}
                  onChange={(e) => editRow('choices', choice.key, { value: e.target.value })}
                />
                <Field
                  id={`pm-choices-${i}-label`}
                  name={`choices-${i}-label`}
                  label={`Answer ${i + 1} label`}
                  maxLength={80}
                  value={choice.label}
                  error={err(`choices.${i}.label`)}
                  onChange={(e) => editRow('choices', choice.key, { label: e.target.value })}
                />
              </div>
            </li>
          ))}
        </ol>
        {err('choices') ? (
          <p className="m-0 mt-2 text-sm font-medium text-danger-700">{err('choices')}</p>
        ) : null}
        {draft.choices.length < MAX_CHOICES ? (
          <Button
            variant="secondary"
            className="mt-4"
            onClick={() => {
              const values = input.choices.map((c) => c.value).filter(Number.isInteger);
              const next = values.length ? Math.min(10, Math.max(...values) + 1) : 0;
              set({ choices: [...draft.choices, keyed({ value: String(next), label: '' })] });
            }}
          >
            <Plus aria-hidden />
            Add an answer
          </Button>
        ) : null}
        <SelectField
          id="pm-choiceLayout"
          name="choiceLayout"
          label="How answers are shown"
          fieldClassName="mt-4"
          value={draft.choiceLayout}
          onChange={(e) => set({ choiceLayout: e.target.value as Draft['choiceLayout'] })}
        >
          <option value="list">Full-width buttons</option>
          <option value="scale">A compact row of steps</option>
        </SelectField>
      </Section>

      <Section
        id="scoring"
        title="Scoring"
        description={
          range
            ? `With these questions and answers, scores run from ${range[0]} to ${range[1]}.`
            : 'The score’s range follows from the questions and answers.'
        }
      >
        <div className="grid gap-x-4 md:grid-cols-2">
          <SelectField
            id="pm-scoring"
            name="scoring"
            label="Score"
            value={draft.scoring}
            onChange={(e) => set({ scoring: e.target.value as Draft['scoring'] })}
          >
            <option value="sum">Sum of the answers</option>
            <option value="mean">Mean of the answers</option>
          </SelectField>
          <SelectField
            id="pm-better"
            name="better"
            label="Which way is better"
            value={draft.better}
            onChange={(e) => set({ better: e.target.value as Draft['better'] })}
          >
            <option value="lower">Lower scores are better</option>
            <option value="higher">Higher scores are better</option>
          </SelectField>
          <Field
            id="pm-clinicalCutOff"
            name="clinicalCutOff"
            label="Clinical cut-off (optional)"
            hint="The score at and beyond which, in the worse direction, a person counts as a clinical case."
            inputMode="decimal"
            value={draft.clinicalCutOff}
            error={err('clinicalCutOff')}
            onChange={(e) => set({ clinicalCutOff: e.target.value })}
          />
          <Field
            id="pm-reliableChange"
            name="reliableChange"
            label="Reliable change (optional)"
            hint="The smallest change in score that is more than measurement noise, where one is published."
            inputMode="decimal"
            value={draft.reliableChange}
            error={err('reliableChange')}
            onChange={(e) => set({ reliableChange: e.target.value })}
          />
        </div>
        <h3 className="m-0 mt-2 mb-1 text-base font-semibold">Bands</h3>
        <p className="m-0 mb-3 text-sm text-muted">
          Each band runs from its score up to the next band’s. The first starts at the lowest score.
        </p>
        <ol className="m-0 flex list-none flex-col gap-3 p-0">
          {draft.bands.map((band, i) => (
            <li key={band.key} className={ROW_CLASS}>
              {draft.bands.length > 1 ? (
                <RemoveButton label={`Remove band ${i + 1}`} onClick={() => removeRow('bands', band.key)} />
              ) : null}
              <div className="clear-both grid gap-x-4 sm:grid-cols-[8rem_minmax(0,1fr)_10rem]">
                <Field
                  id={`pm-bands-${i}-from`}
                  name={`bands-${i}-from`}
                  label={`Band ${i + 1} from`}
                  inputMode="decimal"
                  value={band.from}
                  error={err(`bands.${i}.from`)}
                  onChange={(e) => editRow('bands', band.key, { from: e.target.value })}
                />
                <Field
                  id={`pm-bands-${i}-label`}
                  name={`bands-${i}-label`}
                  label={`Band ${i + 1} label`}
                  maxLength={60}
                  value={band.label}
                  error={err(`bands.${i}.label`)}
                  onChange={(e) => editRow('bands', band.key, { label: e.target.value })}
                />
                <SelectField
                  id={`pm-bands-${i}-tone`}
                  name={`bands-${i}-tone`}
                  label={`Band ${i + 1} reads as`}
                  value={band.tone}
                  onChange={(e) => editRow('bands', band.key, { tone: e.target.value as 'calm' })}
                >
                  <option value="calm">Calm</option>
                  <option value="watch">Watch</option>
                  <option value="concern">Concern</option>
                </SelectField>
              </div>
            </li>
          ))}
        </ol>
        {err('bands') ? <p className="m-0 mt-2 text-sm font-medium text-danger-700">{err('bands')}</p> : null}
        {draft.bands.length < MAX_BANDS ? (
          <Button
            variant="secondary"
            className="mt-4"
            onClick={() => set({ bands: [...draft.bands, keyed({ from: '', label: '', tone: 'watch' })] })}
          >
            <Plus aria-hidden />
            Add a band
          </Button>
        ) : null}
      </Section>

      <div className="flex flex-col gap-3">
        <FormMessage
          error={
            Object.keys(errors).length > 0
              ? 'Please check the highlighted fields.'
              : save.error
                ? describeError(save.error).message
                : null
          }
        />
        <div>
          <PendingButton type="submit" pending={save.isPending} pendingLabel="Saving…">
            {measureId ? 'Save changes' : 'Add measure'}
          </PendingButton>
        </div>
      </div>
    </form>
  );
}
