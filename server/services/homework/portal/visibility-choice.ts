// Who an answer is shared with: the author's choice, or the practice's default, within what the
// exercise allows.
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import type { TExerciseContent } from '@/db/exercise-content';
import { type AnswerVisibility, type ExerciseKind, practices } from '@/db/schema';
import { AppError, notFound } from '@/server/errors';
import { visibilityFor } from '../answer-visibility';

type Exercise = { kind: ExerciseKind; content: TExerciseContent };

/**
 * A joint reveal is always shared with the couple. A shared answer written together has no single
 * author to keep it private, so it goes to the counselor or the couple; a practice default of
 * private becomes counselor for it, and choosing private is refused.
 */
export function chooseVisibility(
  exercise: Exercise,
  chosen: AnswerVisibility | undefined,
  practiceDefault: AnswerVisibility,
): AnswerVisibility {
  if (exercise.content.participation === 'together') {
    if (chosen === 'private')
      throw new AppError(
        'BAD_REQUEST',
        'An answer you write together is shared with your counselor at least.',
      );
    return chosen ?? (practiceDefault === 'private' ? 'counselor' : practiceDefault);
  }
  return visibilityFor(exercise.kind, chosen ?? practiceDefault);
}

export async function loadDefaultVisibility(tx: Tx, practiceId: string): Promise<AnswerVisibility> {
  const [practice] = await tx
    .select({ visibility: practices.defaultAnswerVisibility })
    .from(practices)
    .where(eq(practices.id, practiceId));
  if (!practice) throw notFound('Practice');
  return practice.visibility;
}
