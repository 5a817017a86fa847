// Who may read an answer. The database enforces the same rules (responses_read policy); this is
// the rule the services apply before anything leaves the server, including joint reveals.
import type { AnswerVisibility, ExerciseKind } from '@/db/schema';

export type Viewer = { kind: 'staff' } | { kind: 'partner'; partnerId: string };

export type AnswerFacts = {
  authorPartnerId: string | null;
  submitted: boolean;
  visibility: AnswerVisibility;
  exerciseKind: ExerciseKind;
  /** Every partner it was assigned to has submitted (see HELD_UNTIL_BOTH_SUBMITTED). */
  everyoneSubmitted: boolean;
};

/**
 * Kinds whose answers a partner sees only once both have submitted: a joint reveal, and a check-in,
 * where the partner's ratings of you appear only after you have rated too (so neither anchors on
 * the other's numbers).
 */
const HELD_UNTIL_BOTH_SUBMITTED: readonly ExerciseKind[] = ['joint-reveal', 'check-in-scale'];

/**
 * What the practice's staff may read of an answer: sent, and not private. The app's staff pages
 * (through canReadAnswer) and the practice export both ask this, so the two cannot disagree.
 */
export function staffMayReadAnswer(answer: Pick<AnswerFacts, 'submitted' | 'visibility'>): boolean {
  return answer.submitted && answer.visibility !== 'private';
}

export function canReadAnswer(viewer: Viewer, answer: AnswerFacts): boolean {
  if (viewer.kind === 'staff') return staffMayReadAnswer(answer);
  if (answer.authorPartnerId === null || answer.authorPartnerId === viewer.partnerId) return true;
  if (!staffMayReadAnswer(answer) || answer.visibility !== 'couple') return false;
  return !HELD_UNTIL_BOTH_SUBMITTED.includes(answer.exerciseKind) || answer.everyoneSubmitted;
}

/** Joint reveals exist to be shared with the partner; other kinds use the author's choice. */
export function visibilityFor(kind: ExerciseKind, chosen: AnswerVisibility): AnswerVisibility {
  return kind === 'joint-reveal' ? 'couple' : chosen;
}
