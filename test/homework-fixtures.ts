// Homework made the way the app makes it: a practice exercise of a chosen kind, written by the
// counselor, and assigned to a couple. For tests about answering, sharing and progress.
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client';
import type { TExerciseContent } from '../db/exercise-content';
import { callerFor } from './factories';

type Kind = TExerciseContent['kind'];

const base = {
  behavior: 'compassion',
  summary: 'A short exercise written for a test.',
  instructions: 'Take a few quiet minutes.',
  estimatedMinutes: 10,
  participation: 'each-partner',
} as const;

export function exerciseContent(kind: Kind, extra: Partial<TExerciseContent> = {}): TExerciseContent {
  const title = `${kind} ${randomUUID().slice(0, 8)}`;
  const content: TExerciseContent =
    kind === 'practice-log'
      ? { ...base, kind, title, targetCount: 3, entryLabel: 'a ten-minute talk' }
      : kind === 'check-in-scale'
        ? { ...base, kind, title, scaleBehaviors: ['compassion', 'accountability'] }
        : { ...base, kind, title, prompts: ['What did you notice?', 'What would you like next week?'] };
  return { ...content, ...extra } as TExerciseContent;
}

export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Writes the exercise as the counselor and assigns it; returns the assignment's id. */
export async function assignExercise(
  db: Db,
  staff: { userId: string; practiceId: string },
  coupleId: string,
  content: TExerciseContent,
  options: { partnerId?: string; dueOn?: string } = {},
): Promise<string> {
  const api = callerFor(db, staff.userId, staff.practiceId);
  const { exerciseId } = await api.exercises.create({ content });
  const { assignmentIds } = await api.homework.assign({
    coupleId,
    exercises: [{ source: 'practice', exerciseId }],
    partnerId: options.partnerId,
    dueOn: options.dueOn ?? inDays(5),
  });
  const [id] = assignmentIds;
  if (!id) throw new Error('nothing assigned');
  return id;
}

/** A marker no test data could contain by chance, to search responses for. */
export const secret = (label: string) => `secret-${label}-${randomUUID()}`;
