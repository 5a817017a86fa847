// What a partner's answer holds, per exercise kind, checked against the assigned exercise.
import { z } from 'zod';
import type { TExerciseContent } from '@/db/exercise-content';
import { ZBehavior } from '@/db/exercise-content';
import { AppError } from '@/server/errors';

const ZAnswerText = z.string().max(5000, 'Keep each answer under 5,000 characters.');
const ZIsoDate = z.iso.date();

export const ZAnswerBody = z.union([
  z.object({ kind: z.literal('reflection'), answers: z.array(ZAnswerText).max(8) }),
  z.object({ kind: z.literal('joint-reveal'), answers: z.array(ZAnswerText).max(5) }),
  z.object({
    kind: z.literal('practice-log'),
    entries: z
      .array(z.object({ on: ZIsoDate, note: z.string().max(1000, 'Keep each note under 1,000 characters.') }))
      .max(60),
  }),
  z.object({
    kind: z.literal('check-in-scale'),
    ratings: z
      .array(
        z.object({
          behavior: ZBehavior,
          self: z.number().int().min(1).max(5),
          partner: z.number().int().min(1).max(5),
        }),
      )
      .max(9),
  }),
]);

export type TAnswerBody = z.infer<typeof ZAnswerBody>;

export function emptyAnswer(content: TExerciseContent): TAnswerBody {
  switch (content.kind) {
    case 'reflection':
    case 'joint-reveal':
      return { kind: content.kind, answers: content.prompts.map(() => '') };
    case 'practice-log':
      return { kind: 'practice-log', entries: [] };
    case 'check-in-scale':
      return { kind: 'check-in-scale', ratings: [] };
  }
}

/** Throws a clear BAD_REQUEST when `body` does not fit the exercise; `complete` is asked on submit. */
export function checkAnswerFits(content: TExerciseContent, body: TAnswerBody, complete: boolean): void {
  if (body.kind !== content.kind)
    throw new AppError('BAD_REQUEST', 'This answer is for another kind of exercise.');
  if (body.kind === 'reflection' || body.kind === 'joint-reveal') {
    const prompts = 'prompts' in content ? content.prompts.length : 0;
    if (body.answers.length !== prompts)
      throw new AppError('BAD_REQUEST', `Answer each of the ${prompts} prompts.`);
    if (complete && body.answers.some((a) => !a.trim()))
      throw new AppError('BAD_REQUEST', 'Write something for every prompt before sending.');
  }
  if (body.kind === 'practice-log' && complete && body.entries.length === 0)
    throw new AppError('BAD_REQUEST', 'Log at least one entry before sending.');
  if (body.kind === 'check-in-scale' && content.kind === 'check-in-scale') {
    const asked = new Set(content.scaleBehaviors);
    const rated = body.ratings.map((r) => r.behavior);
    if (rated.some((b) => !asked.has(b)) || new Set(rated).size !== rated.length)
      throw new AppError('BAD_REQUEST', 'Rate only the behaviors this check-in asks about, once each.');
    if (complete && rated.length !== asked.size)
      throw new AppError('BAD_REQUEST', 'Rate every behavior before sending.');
  }
}
