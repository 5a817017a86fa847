import type { Participation } from '@/app/_lib/homework-labels';
import type { TExerciseListItem } from '@/app/_lib/router-types';
import type { Behavior, ExerciseKind } from '@/db/schema';

/** The little the assign form needs to know about an exercise to offer it. */
export type PickerExercise = {
  key: string;
  source: 'library' | 'practice';
  id: string;
  title: string;
  behavior: Behavior;
  kind: ExerciseKind;
  participation: Participation;
  minutes: number;
};

export function toPickerExercise(e: TExerciseListItem): PickerExercise {
  return {
    key: `${e.source}:${e.id}`,
    source: e.source,
    id: e.id,
    title: e.content.title,
    behavior: e.content.behavior,
    kind: e.content.kind,
    participation: e.content.participation,
    minutes: e.content.estimatedMinutes,
  };
}

/** Joint reveals and exercises done together cannot go to one partner alone. */
export const needsBothPartners = (e: PickerExercise) =>
  e.participation === 'together' || e.kind === 'joint-reveal';
