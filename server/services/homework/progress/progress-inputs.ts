// What the progress views are built from: the weeks they cover, and the sent check-ins
// among the answers a viewer may read.
import { z } from 'zod';
import type { TAnswerBody } from '../answer-body';
import { type CheckInAnswer, isoWeekStart } from './weekly-averages';

export const ZProgressWeeks = z.number().int().min(1).max(52);
export const DEFAULT_PROGRESS_WEEKS = 12;
/** A year of weekly homework is a few hundred assignments; this only guards against the absurd. */
export const PROGRESS_ASSIGNMENT_LIMIT = 1000;

/** The Monday starting the earliest of the last `weeks` ISO weeks, this one included. */
export function progressStart(weeks: number, today = new Date()): string {
  const thisWeek = isoWeekStart(today.toISOString().slice(0, 10));
  return new Date(Date.parse(`${thisWeek}T00:00:00Z`) - (weeks - 1) * 7 * 24 * 3600_000)
    .toISOString()
    .slice(0, 10);
}

type ReadableSlot = { partnerId: string | null; status: string; answer: TAnswerBody | null };

/**
 * The sent check-ins among slots whose `answer` is already limited to what the viewer may read.
 * A check-in counts in the week it was due, so both partners' answers to it fall in one week.
 */
export function checkInsOf(dueOn: string, slots: ReadableSlot[]): CheckInAnswer[] {
  return slots.flatMap((slot) =>
    slot.status === 'submitted' && slot.partnerId !== null && slot.answer?.kind === 'check-in-scale'
      ? [{ authorPartnerId: slot.partnerId, on: dueOn, ratings: slot.answer.ratings }]
      : [],
  );
}
