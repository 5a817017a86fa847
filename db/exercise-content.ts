// What an exercise says and asks for. The same shape is stored for the global library, for a
// practice's own exercises, and as the snapshot taken when homework is assigned.
import { z } from 'zod';
import { behavior } from './schema/enums';

/** Who answers: each partner on their own, or the two of them as one answer. */
export const PARTICIPATION = ['each-partner', 'together'] as const;

export const ZBehavior = z.enum(behavior.enumValues);

const ZText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'This cannot be empty.')
    .max(max, `Keep this under ${max} characters.`)
    .refine((s) => !s.includes('\u0000'), 'This contains a character that cannot be stored.');

const ZBase = z.object({
  title: ZText(120),
  behavior: ZBehavior,
  /** One line shown in lists. */
  summary: ZText(240),
  /** What to do, in a few short sentences. */
  instructions: ZText(2000),
  estimatedMinutes: z.number().int().min(1).max(240),
  participation: z.enum(PARTICIPATION),
});

export const ZExerciseContent = z.discriminatedUnion('kind', [
  ZBase.extend({ kind: z.literal('reflection'), prompts: z.array(ZText(500)).min(1).max(8) }),
  // Each partner answers the same prompts alone; answers are shown once both have submitted.
  ZBase.extend({
    kind: z.literal('joint-reveal'),
    prompts: z.array(ZText(500)).min(1).max(5),
    participation: z.literal('each-partner'),
  }),
  ZBase.extend({
    kind: z.literal('practice-log'),
    /** How many logged entries make the week's goal. */
    targetCount: z.number().int().min(1).max(21),
    /** What one entry is, e.g. "a ten-minute talk". */
    entryLabel: ZText(80),
  }),
  // Rate yourself and your partner from 1 to 5 on each listed behavior.
  ZBase.extend({
    kind: z.literal('check-in-scale'),
    scaleBehaviors: z.array(ZBehavior).min(1).max(9),
    participation: z.literal('each-partner'),
  }),
]);

export type TExerciseContent = z.infer<typeof ZExerciseContent>;

/** A library exercise: its content plus a stable key, so reseeding updates rather than duplicates. */
export type LibraryExercise = TExerciseContent & { key: string };
