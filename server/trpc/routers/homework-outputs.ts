// Output shapes shared by the staff homework router and the portal: what may leave the server.
import { z } from 'zod';
import { ZBehavior, ZExerciseContent } from '../../../db/exercise-content';
import { answerVisibility, exerciseKind } from '../../../db/schema';
import { ZAnswerBody } from '../../services/homework/answer-body';

export const ZVisibility = z.enum(answerVisibility.enumValues);
export const ZKind = z.enum(exerciseKind.enumValues);

export const ZSlotOutput = z.object({
  partnerId: z.uuid().nullable(),
  status: z.enum(['not-started', 'draft', 'submitted']),
  submittedAt: z.date().nullable(),
  visibility: ZVisibility.nullable(),
  answer: ZAnswerBody.nullable(),
});

export const ZAssignmentOutput = z.object({
  id: z.uuid(),
  title: z.string(),
  behavior: ZBehavior,
  kind: ZKind,
  content: ZExerciseContent,
  partnerId: z.uuid().nullable(),
  dueOn: z.string(),
  note: z.string().nullable(),
  createdAt: z.date(),
  reviewedAt: z.date().nullable(),
  reviewComment: z.string().nullable(),
  slots: z.array(ZSlotOutput),
});
