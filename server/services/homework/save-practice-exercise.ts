// A practice's own exercises: written from scratch or copied from the library and edited.
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { ZExerciseContent } from '@/db/exercise-content';
import { practiceExercises } from '@/db/schema';
import { notFound } from '@/server/errors';
import type { Actor } from '../actor';

export const ZCreatePracticeExerciseInput = z.object({
  content: ZExerciseContent,
  /** The library exercise this one was copied from, if any. */
  copiedFromExerciseId: z.uuid().optional(),
});
type TCreatePracticeExerciseInput = z.infer<typeof ZCreatePracticeExerciseInput>;

export async function createPracticeExercise(tx: Tx, actor: Actor, input: TCreatePracticeExerciseInput) {
  const { content } = input;
  const [created] = await tx
    .insert(practiceExercises)
    .values({
      practiceId: actor.practiceId,
      behavior: content.behavior,
      kind: content.kind,
      title: content.title,
      content,
      copiedFromExerciseId: input.copiedFromExerciseId ?? null,
      createdById: actor.membershipId,
    })
    .returning({ id: practiceExercises.id });
  if (!created) throw new Error('exercise insert returned nothing');
  return { exerciseId: created.id };
}

/** One of this practice's exercises that is still in use. */
const isOwnActiveExercise = (actor: Actor, exerciseId: string) =>
  and(
    eq(practiceExercises.practiceId, actor.practiceId),
    eq(practiceExercises.id, exerciseId),
    isNull(practiceExercises.archivedAt),
  );

export const ZUpdatePracticeExerciseInput = z.object({ exerciseId: z.uuid(), content: ZExerciseContent });
type TUpdatePracticeExerciseInput = z.infer<typeof ZUpdatePracticeExerciseInput>;

export async function updatePracticeExercise(tx: Tx, actor: Actor, input: TUpdatePracticeExerciseInput) {
  const { content } = input;
  const [updated] = await tx
    .update(practiceExercises)
    .set({
      behavior: content.behavior,
      kind: content.kind,
      title: content.title,
      content,
      updatedAt: new Date(),
    })
    .where(isOwnActiveExercise(actor, input.exerciseId))
    .returning({ id: practiceExercises.id });
  if (!updated) throw notFound('Exercise');
  return { exerciseId: updated.id };
}

export const ZArchivePracticeExerciseInput = z.object({ exerciseId: z.uuid() });

export async function archivePracticeExercise(
  tx: Tx,
  actor: Actor,
  input: z.infer<typeof ZArchivePracticeExerciseInput>,
) {
  const [archived] = await tx
    .update(practiceExercises)
    .set({ archivedAt: new Date() })
    .where(isOwnActiveExercise(actor, input.exerciseId))
    .returning({ id: practiceExercises.id });
  if (!archived) throw notFound('Exercise');
  return { exerciseId: archived.id };
}
