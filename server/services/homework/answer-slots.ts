// Who is expected to answer an assignment, and how far each has got: one slot per partner it is
// for, or a single shared slot for an exercise the couple does together.
import type { TExerciseContent } from '@/db/exercise-content';
import type { AnswerVisibility, ExerciseKind } from '@/db/schema';
import type { TAnswerBody } from './answer-body';
import { canReadAnswer, type Viewer } from './answer-visibility';

export type StoredResponse = {
  id: string;
  partnerId: string | null;
  status: 'draft' | 'submitted';
  visibility: AnswerVisibility;
  submittedAt: Date | null;
  updatedAt: Date;
  body: () => TAnswerBody;
};

export type Slot = {
  partnerId: string | null;
  status: 'not-started' | 'draft' | 'submitted';
  submittedAt: Date | null;
  visibility: AnswerVisibility | null;
  /** Present only when the viewer may read it. */
  answer: TAnswerBody | null;
};

export function slotsFor(
  assignment: { partnerId: string | null; kind: ExerciseKind; content: TExerciseContent },
  couplePartnerIds: string[],
  stored: StoredResponse[],
  viewer: Viewer,
): Slot[] {
  const expected =
    assignment.content.participation === 'together'
      ? [null]
      : assignment.partnerId
        ? [assignment.partnerId]
        : couplePartnerIds;
  const byPartner = new Map(stored.map((r) => [r.partnerId, r]));
  const everyoneSubmitted = expected.every((id) => byPartner.get(id)?.status === 'submitted');
  return expected.map((partnerId) => {
    const response = byPartner.get(partnerId);
    if (!response)
      return { partnerId, status: 'not-started', submittedAt: null, visibility: null, answer: null };
    const readable = canReadAnswer(viewer, {
      authorPartnerId: response.partnerId,
      submitted: response.status === 'submitted',
      visibility: response.visibility,
      exerciseKind: assignment.kind,
      everyoneSubmitted,
    });
    return {
      partnerId,
      status: response.status,
      submittedAt: response.submittedAt,
      visibility: response.visibility,
      answer: readable ? response.body() : null,
    };
  });
}
