import { z } from 'zod';
import { answerVisibility } from '@/db/schema';

const DAY_MS = 24 * 3600_000;

/** A calendar date, not more than a day in the past (time zones differ) nor a year ahead. */
export const ZDueOn = z.iso
  .date('Choose a due date.')
  .refine((d) => Date.parse(d) >= Date.now() - 2 * DAY_MS, 'Choose a due date from today on.')
  .refine((d) => Date.parse(d) <= Date.now() + 366 * DAY_MS, 'Choose a due date within a year.');

export const ZHomeworkNote = z.string().trim().max(1000, 'Keep the note under 1,000 characters.');

/** Who may read an answer: the author only, the author and the counselor, or the couple too. */
export const ZAnswerVisibility = z.enum(answerVisibility.enumValues);
