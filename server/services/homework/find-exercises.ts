// The exercises a counselor can assign: the global library and the practice's own, filtered.
import { and, asc, eq, isNull, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { ZBehavior } from '@/db/exercise-content';
import { exerciseKind, exercises, practiceExercises } from '@/db/schema';
import type { Actor } from '../actor';

export const ZExerciseSource = z.enum(['library', 'practice']);

export const ZFindExercisesInput = z.object({
  behavior: ZBehavior.optional(),
  kind: z.enum(exerciseKind.enumValues).optional(),
  source: ZExerciseSource.optional(),
});
type TFindExercisesInput = z.infer<typeof ZFindExercisesInput>;

export async function findExercises(tx: Tx, actor: Actor, input: TFindExercisesInput) {
  const libraryFilters: SQL[] = [];
  const ownFilters: SQL[] = [
    eq(practiceExercises.practiceId, actor.practiceId),
    isNull(practiceExercises.archivedAt),
  ];
  if (input.behavior) {
    libraryFilters.push(eq(exercises.behavior, input.behavior));
    ownFilters.push(eq(practiceExercises.behavior, input.behavior));
  }
  if (input.kind) {
    libraryFilters.push(eq(exercises.kind, input.kind));
    ownFilters.push(eq(practiceExercises.kind, input.kind));
  }
  // Both lists are bounded: 36 library exercises, and a practice's own are few; no paging needed.
  const own =
    input.source === 'library'
      ? []
      : await tx
          .select({ id: practiceExercises.id, content: practiceExercises.content })
          .from(practiceExercises)
          .where(and(...ownFilters))
          .orderBy(asc(practiceExercises.behavior), asc(practiceExercises.title))
          .limit(500);
  const library =
    input.source === 'practice'
      ? []
      : await tx
          .select({ id: exercises.id, content: exercises.content })
          .from(exercises)
          .where(and(...libraryFilters))
          .orderBy(asc(exercises.behavior), asc(exercises.title));
  return [
    ...own.map((e) => ({ source: 'practice' as const, ...e })),
    ...library.map((e) => ({ source: 'library' as const, ...e })),
  ];
}
