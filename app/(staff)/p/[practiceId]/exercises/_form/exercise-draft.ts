// The exercise form's working copy, and its conversion to the content the server stores. The
// checks mirror db/exercise-content.ts so each field gets its own message before anything is
// sent; the server checks again and stays the authority.

import type { Participation } from '@/app/_lib/homework-labels';
import type { TExerciseContent } from '@/db/exercise-content';
import type { Behavior, ExerciseKind } from '@/db/schema';

export type ExerciseDraft = {
  title: string;
  behavior: Behavior;
  kind: ExerciseKind;
  summary: string;
  instructions: string;
  estimatedMinutes: string;
  participation: Participation;
  prompts: string[];
  targetCount: string;
  entryLabel: string;
  scaleBehaviors: Behavior[];
};

export type DraftField =
  | 'title'
  | 'summary'
  | 'instructions'
  | 'estimatedMinutes'
  | 'prompts'
  | 'targetCount'
  | 'entryLabel'
  | 'scaleBehaviors';
export type DraftErrors = Partial<Record<DraftField, string>>;

export const MAX_PROMPTS: Record<'reflection' | 'joint-reveal', number> = {
  reflection: 8,
  'joint-reveal': 5,
};
export const LIMITS = { title: 120, summary: 240, instructions: 2000, prompt: 500, entryLabel: 80 } as const;

export function emptyDraft(): ExerciseDraft {
  return {
    title: '',
    behavior: 'attentive-listening',
    kind: 'reflection',
    summary: '',
    instructions: '',
    estimatedMinutes: '15',
    participation: 'each-partner',
    prompts: [''],
    targetCount: '3',
    entryLabel: '',
    scaleBehaviors: [],
  };
}

export function draftFrom(content: TExerciseContent): ExerciseDraft {
  const draft: ExerciseDraft = {
    ...emptyDraft(),
    title: content.title,
    behavior: content.behavior,
    kind: content.kind,
    summary: content.summary,
    instructions: content.instructions,
    estimatedMinutes: String(content.estimatedMinutes),
    participation: content.participation,
  };
  if (content.kind === 'reflection' || content.kind === 'joint-reveal') draft.prompts = [...content.prompts];
  if (content.kind === 'practice-log') {
    draft.targetCount = String(content.targetCount);
    draft.entryLabel = content.entryLabel;
  }
  if (content.kind === 'check-in-scale') draft.scaleBehaviors = [...content.scaleBehaviors];
  return draft;
}

function textError(value: string, max: number): string | undefined {
  if (!value.trim()) return 'This cannot be empty.';
  if (value.trim().length > max) return `Keep this under ${max} characters.`;
  return undefined;
}

function wholeNumber(value: string, min: number, max: number): number | undefined {
  const n = Number(value);
  return value.trim() && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

type Base = Pick<TExerciseContent, 'title' | 'behavior' | 'summary' | 'instructions' | 'estimatedMinutes'>;

/** The kind's own fields, noting what is wrong with them in `errors`. */
function kindContent(d: ExerciseDraft, base: Base, errors: DraftErrors): TExerciseContent {
  switch (d.kind) {
    case 'reflection':
    case 'joint-reveal': {
      const prompts = d.prompts.map((p) => p.trim());
      const empty = prompts.findIndex((p) => !p);
      const long = prompts.findIndex((p) => p.length > LIMITS.prompt);
      if (prompts.length === 0) errors.prompts = 'Add at least one prompt.';
      else if (prompts.length > MAX_PROMPTS[d.kind])
        errors.prompts = `Use at most ${MAX_PROMPTS[d.kind]} prompts for this kind.`;
      else if (empty >= 0) errors.prompts = `Prompt ${empty + 1} is empty: write it or remove it.`;
      else if (long >= 0) errors.prompts = `Keep prompt ${long + 1} under ${LIMITS.prompt} characters.`;
      return d.kind === 'reflection'
        ? { ...base, kind: 'reflection', participation: d.participation, prompts }
        : { ...base, kind: 'joint-reveal', participation: 'each-partner', prompts };
    }
    case 'practice-log': {
      const targetCount = wholeNumber(d.targetCount, 1, 21);
      if (targetCount === undefined) errors.targetCount = 'Enter a whole number from 1 to 21.';
      errors.entryLabel = textError(d.entryLabel, LIMITS.entryLabel);
      return {
        ...base,
        kind: 'practice-log',
        participation: d.participation,
        targetCount: targetCount ?? 0,
        entryLabel: d.entryLabel.trim(),
      };
    }
    case 'check-in-scale':
      if (d.scaleBehaviors.length === 0) errors.scaleBehaviors = 'Choose at least one behavior to rate.';
      return {
        ...base,
        kind: 'check-in-scale',
        participation: 'each-partner',
        scaleBehaviors: d.scaleBehaviors,
      };
  }
}

export function checkDraft(d: ExerciseDraft): { content: TExerciseContent } | { errors: DraftErrors } {
  const errors: DraftErrors = {
    title: textError(d.title, LIMITS.title),
    summary: textError(d.summary, LIMITS.summary),
    instructions: textError(d.instructions, LIMITS.instructions),
  };
  const minutes = wholeNumber(d.estimatedMinutes, 1, 240);
  if (minutes === undefined) errors.estimatedMinutes = 'Enter a whole number of minutes from 1 to 240.';
  const content = kindContent(
    d,
    {
      title: d.title.trim(),
      behavior: d.behavior,
      summary: d.summary.trim(),
      instructions: d.instructions.trim(),
      estimatedMinutes: minutes ?? 0,
    },
    errors,
  );
  const found = Object.fromEntries(Object.entries(errors).filter(([, message]) => message)) as DraftErrors;
  return Object.keys(found).length > 0 ? { errors: found } : { content };
}
