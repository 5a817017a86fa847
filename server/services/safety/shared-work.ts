// What a safety hold pauses: work the partners do with or in front of each other. A joint reveal
// shows each partner the other's answer; an exercise done together has one shared answer.
import { type SQL, sql } from 'drizzle-orm';
import type { TExerciseContent } from '@/db/exercise-content';
import { type AnswerVisibility, assignments } from '@/db/schema';
import { AppError } from '@/server/errors';

export function isSharedWork(content: Pick<TExerciseContent, 'kind' | 'participation'>): boolean {
  return content.kind === 'joint-reveal' || content.participation === 'together';
}

/** The same test on the assignments table, for the portal's queries. */
export const notSharedWork: SQL = sql`not (${assignments.kind} = 'joint-reveal' or coalesce(${assignments.content}->>'participation', '') = 'together')`;

/** During a hold nobody starts sharing an answer with their partner. */
export function assertNotSharingDuringHold(paused: boolean, visibility: AnswerVisibility | undefined): void {
  if (paused && visibility === 'couple')
    throw new AppError(
      'CONFLICT',
      'Sharing answers with your partner is paused for now. Your counselor can still read them.',
    );
}

/** A default of sharing with the partner becomes the counselor only, while a hold lasts. */
export const visibilityDuringHold = (paused: boolean, visibility: AnswerVisibility): AnswerVisibility =>
  paused && visibility === 'couple' ? 'counselor' : visibility;
