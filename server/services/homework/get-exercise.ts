import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import type { TExerciseContent } from '@/db/exercise-content';
import { exercises, practiceExercises } from '@/db/schema';
import { notFound } from '@/server/errors';
import type { Actor } from '../actor';
import { ZExerciseSource } from './find-exercises';

export const ZExerciseRef = z.object({ source: ZExerciseSource, exerciseId: z.uuid() });
type TExerciseRef = z.infer<typeof ZExerciseRef>;

export async function getExercise(
  tx: Tx,
  actor: Actor,
  ref: TExerciseRef,
): Promise<{ source: TExerciseRef['source']; id: string; content: TExerciseContent }> {
  const [found] =
    ref.source === 'library'
      ? await tx
          .select({ id: exercises.id, content: exercises.content })
          .from(exercises)
          .where(eq(exercises.id, ref.exerciseId))
      : await tx
          .select({ id: practiceExercises.id, content: practiceExercises.content })
          .from(practiceExercises)
          .where(
            and(
              eq(practiceExercises.practiceId, actor.practiceId),
              eq(practiceExercises.id, ref.exerciseId),
              isNull(practiceExercises.archivedAt),
            ),
          );
  if (!found) throw notFound('Exercise');
  return { source: ref.source, ...found };
}
