// The check-in's answers as stored and checked: every question answered yes / sometimes / no or
// skipped (null), and a free text for the counselor. Any answer that points to danger raises a
// flag for the counselor.
import { z } from 'zod';
import { CHECK_IN_QUESTIONS, concernsIn, type TCheckInQuestionId } from './check-in-wording';

export const ZCheckInAnswer = z.enum(['yes', 'sometimes', 'no']);
const CHECK_IN_NOTE_MAX = 4000;

const answerFields = Object.fromEntries(CHECK_IN_QUESTIONS.map((q) => [q.id, ZCheckInAnswer.nullable()])) as {
  [K in TCheckInQuestionId]: z.ZodNullable<typeof ZCheckInAnswer>;
};

/** Every question present; null is a question the partner chose not to answer. */
export const ZCheckInAnswers = z.strictObject({
  answers: z.strictObject(answerFields),
  note: z.string().trim().max(CHECK_IN_NOTE_MAX),
});
export type TCheckInAnswers = z.infer<typeof ZCheckInAnswers>;

/** The questions whose answers point to danger. A note alone does not raise a flag: the counselor reads it. */
export function concerningAnswers(value: TCheckInAnswers): TCheckInQuestionId[] {
  return concernsIn(value.answers);
}
