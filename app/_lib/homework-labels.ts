// Screen names for the homework enums: behaviors by their display names, never their slugs.
import type { TExerciseContent } from '@/db/exercise-content';
import type { Behavior, ExerciseKind } from '@/db/schema';
import { BEHAVIOR_LABELS } from '@/server/services/homework/behavior-labels';

export type Participation = TExerciseContent['participation'];

/** The nine behaviors in their canonical order. */
export const BEHAVIORS = Object.keys(BEHAVIOR_LABELS) as Behavior[];

export const KIND_LABELS: Record<ExerciseKind, string> = {
  reflection: 'Reflection',
  'joint-reveal': 'Joint reveal',
  'practice-log': 'Practice log',
  'check-in-scale': 'Check-in scale',
};

export const KINDS = Object.keys(KIND_LABELS) as ExerciseKind[];

/** The check-in scale's points. */
export const CHECK_IN_SCALE = [1, 2, 3, 4, 5] as const;

/**
 * What the check-in scale means, in the one wording every screen uses (the partner's check-in, the
 * exercise as staff see it, ratings on the couple page); exercises leave it to this line.
 */
export const CHECK_IN_SCALE_MEANING =
  'From 1 to 5: 1 means “hardly at all” this week, 5 means “most of the time”.';

export const PARTICIPATION_LABELS: Record<Participation, string> = {
  'each-partner': 'Each partner',
  together: 'Together',
};

export function behaviorName(behavior: Behavior): string {
  return BEHAVIOR_LABELS[behavior].name;
}

export function isBehavior(value: unknown): value is Behavior {
  return typeof value === 'string' && Object.hasOwn(BEHAVIOR_LABELS, value);
}

export function isKind(value: unknown): value is ExerciseKind {
  return typeof value === 'string' && Object.hasOwn(KIND_LABELS, value);
}

/** Joint reveals and check-ins are answered by each partner alone; the schema allows nothing else. */
export function participationIsFixed(kind: ExerciseKind): boolean {
  return kind === 'joint-reveal' || kind === 'check-in-scale';
}
