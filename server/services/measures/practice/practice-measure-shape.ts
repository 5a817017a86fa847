// What an owner or admin enters for a measure their practice is licensed to use, validated with
// messages for the field they belong to; and the stored row as the MeasureDefinition that
// scoring, charts and the portal read (the same shape as a built-in's).
import { z } from 'zod';
import type { PracticeMeasureBody } from '@/db/schema/measures';
import type { MeasureDefinition } from '../measure-definition';
import { practiceMeasureSlug } from '../measure-slug';

export const MAX_ITEMS = 40;
export const MIN_CHOICES = 2;
export const MAX_CHOICES = 11;
export const MAX_BANDS = 8;

const text = (what: string, max: number) =>
  z.string().trim().min(1, `Enter ${what}.`).max(max, `Keep ${what} to ${max} characters.`);

const ZChoice = z.object({
  value: z
    .number({ error: 'Enter a whole number from 0 to 10.' })
    .int('Enter a whole number from 0 to 10.')
    .min(0, 'Enter a whole number from 0 to 10.')
    .max(10, 'Enter a whole number from 0 to 10.'),
  label: text('a label for this answer', 80),
});

const ZBand = z.object({
  from: z.number({ error: 'Enter a score.' }).min(-1000).max(1000),
  label: text('a label for this band', 60),
  tone: z.enum(['calm', 'watch', 'concern']),
});

const ZBody = z.object({
  title: text('a title for counselors', 120),
  clientTitle: text('a title for clients', 120),
  about: z.enum(['self', 'relationship', 'therapy']),
  instructions: text('instructions', 1000),
  items: z
    .array(z.object({ text: text('the question', 500) }))
    .min(1, 'Add at least one question.')
    .max(MAX_ITEMS, `A measure has at most ${MAX_ITEMS} questions.`),
  choices: z
    .array(ZChoice)
    .min(MIN_CHOICES, `Offer at least ${MIN_CHOICES} answers.`)
    .max(MAX_CHOICES, `Offer at most ${MAX_CHOICES} answers.`),
  choiceLayout: z.enum(['list', 'scale']),
  scoring: z.enum(['sum', 'mean']),
  better: z.enum(['lower', 'higher']),
  bands: z.array(ZBand).min(1, 'Add at least one band.').max(MAX_BANDS, `Use at most ${MAX_BANDS} bands.`),
  reliableChange: z
    .number({ error: 'Enter a number, or leave it empty.' })
    .positive('Enter a number above 0.')
    .max(1000)
    .nullable(),
  clinicalCutOff: z.number({ error: 'Enter a number, or leave it empty.' }).min(-1000).max(1000).nullable(),
  licence: text('what gives the practice the right to use this measure', 1000),
});

/** Lowest and highest possible score of a scale and scoring. */
export function rangeOf(body: {
  choices: readonly { value: number }[];
  scoring: 'sum' | 'mean';
  items: readonly unknown[];
}): [number, number] {
  const values = body.choices.map((choice) => choice.value);
  const [low, high] = [Math.min(...values), Math.max(...values)];
  return body.scoring === 'sum' ? [low * body.items.length, high * body.items.length] : [low, high];
}

const EXAMPLE = {
  title: 'Example measure',
  clientTitle: 'A few questions',
  about: 'self',
  instructions: 'Over the last week:',
  items: [{ text: 'How often?' }],
  choices: [
    { value: 0, label: 'Never' },
    { value: 1, label: 'Often' },
  ],
  choiceLayout: 'list',
  scoring: 'sum',
  better: 'lower',
  bands: [{ from: 0, label: 'Any', tone: 'calm' }],
  reliableChange: null,
  clinicalCutOff: null,
  licence: 'Free to reproduce.',
} satisfies z.input<typeof ZBody>;

type Problem = { path: (string | number)[]; message: string };

/**
 * The rules that span fields: distinct answer values; bands from the lowest score, rising, within
 * the range; thresholds within it. Reads a draft whose numbers may not be numbers yet (NaN), so the
 * form can show these beside the per-field ones.
 */
export function crossFieldProblems(body: {
  items: readonly unknown[];
  choices: readonly { value: number }[];
  scoring: 'sum' | 'mean';
  bands: readonly { from: number }[];
  reliableChange: number | null;
  clinicalCutOff: number | null;
}): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<number>();
  body.choices.forEach((choice, i) => {
    if (seen.has(choice.value))
      problems.push({ path: ['choices', i, 'value'], message: 'Each answer needs its own value.' });
    seen.add(choice.value);
  });
  const values = body.choices.map((c) => c.value);
  if (body.choices.length < MIN_CHOICES || body.items.length === 0 || !values.every(Number.isFinite))
    return problems;
  const [low, high] = rangeOf(body);
  const span = `${low} to ${high}`;
  body.bands.forEach((band, i) => {
    const previous = body.bands[i - 1];
    if (!Number.isFinite(band.from)) return;
    if (i === 0 && band.from !== low)
      problems.push({ path: ['bands', 0, 'from'], message: `Start at the lowest score, ${low}.` });
    else if (band.from < low || band.from > high)
      problems.push({ path: ['bands', i, 'from'], message: `Scores run from ${span}.` });
    else if (previous && Number.isFinite(previous.from) && band.from <= previous.from)
      problems.push({ path: ['bands', i, 'from'], message: `Start above ${previous.from}.` });
  });
  const cut = body.clinicalCutOff;
  if (cut !== null && Number.isFinite(cut) && (cut < low || cut > high))
    problems.push({ path: ['clinicalCutOff'], message: `Scores run from ${span}.` });
  if (body.reliableChange !== null && body.reliableChange > high - low)
    problems.push({
      path: ['reliableChange'],
      message: `A change can be at most ${high - low} on this scale.`,
    });
  return problems;
}

export const ZPracticeMeasureInput = ZBody.superRefine((body, ctx) => {
  for (const problem of crossFieldProblems(body)) ctx.addIssue({ code: 'custom', ...problem });
})
  // Its rules span fields, so a generic builder cannot guess a valid one (test/zod-shape.ts).
  .meta({ examples: [EXAMPLE] });
export type TPracticeMeasureInput = z.infer<typeof ZPracticeMeasureInput>;

/** The stored body of a validated input: item ids by order, since answers are stored by item. */
export function bodyOf(input: TPracticeMeasureInput): PracticeMeasureBody {
  return {
    about: input.about,
    instructions: input.instructions,
    items: input.items.map((item, i) => ({ id: `q${i + 1}`, text: item.text })),
    choices: input.choices.map((c) => ({ value: c.value, label: c.label })),
    choiceLayout: input.choiceLayout,
    scoring: input.scoring,
    better: input.better,
    bands: input.bands.map((b) => ({ from: b.from, label: b.label, tone: b.tone })),
    reliableChange: input.reliableChange,
    clinicalCutOff: input.clinicalCutOff,
  };
}

export type PracticeMeasureRow = {
  id: string;
  title: string;
  clientTitle: string;
  licence: string;
  definition: PracticeMeasureBody;
  retiredAt: Date | null;
};

export function definitionOfPracticeMeasure(row: PracticeMeasureRow): MeasureDefinition {
  const body = row.definition;
  return {
    slug: practiceMeasureSlug(row.id),
    title: row.title,
    clientTitle: row.clientTitle,
    about: body.about,
    instructions: body.instructions,
    items: body.items,
    choices: body.choices,
    choiceLayout: body.choiceLayout,
    scoring: body.scoring,
    range: rangeOf(body),
    better: body.better,
    bands: body.bands,
    reliableChange: body.reliableChange,
    clinicalCutOff: body.clinicalCutOff,
    licence: row.licence,
    retired: row.retiredAt !== null,
  };
}

/** A stored measure as the form edits it again. */
export function inputOfPracticeMeasure(row: PracticeMeasureRow): TPracticeMeasureInput {
  const body = row.definition;
  return {
    title: row.title,
    clientTitle: row.clientTitle,
    licence: row.licence,
    about: body.about,
    instructions: body.instructions,
    items: body.items.map((item) => ({ text: item.text })),
    choices: body.choices,
    choiceLayout: body.choiceLayout,
    scoring: body.scoring,
    better: body.better,
    bands: body.bands,
    reliableChange: body.reliableChange,
    clinicalCutOff: body.clinicalCutOff,
  };
}
