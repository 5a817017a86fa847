// Output shapes shared by the staff homework router and the portal: what may leave the server.
import { z } from 'zod';
import { PARTICIPATION, ZBehavior, ZExerciseContent } from '@/db/exercise-content';
import { answerVisibility, exerciseKind } from '@/db/schema';
import { ZAnswerBody } from '@/server/services/homework/answer-body';
import { ZObservationLevel } from '@/server/services/notes/note-content';

export const ZVisibility = z.enum(answerVisibility.enumValues);
export const ZKind = z.enum(exerciseKind.enumValues);

const ZSlotStatus = z.enum(['not-started', 'draft', 'submitted']);

const ZSlotOutput = z.object({
  partnerId: z.uuid().nullable(),
  status: ZSlotStatus,
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

/** A line of the portal's lists: never an answer. */
export const ZPortalHomeworkItem = z.object({
  id: z.uuid(),
  title: z.string(),
  behavior: ZBehavior,
  kind: ZKind,
  participation: z.enum(PARTICIPATION),
  dueOn: z.string(),
  note: z.string().nullable(),
  /** Null: for both partners. */
  forPartnerId: z.uuid().nullable(),
  myStatus: ZSlotStatus,
  /** Null when the partner does not answer this (it is for you alone, or done together). */
  partnerStatus: ZSlotStatus.nullable(),
  reviewedAt: z.date().nullable(),
  reviewComment: z.string().nullable(),
});

const ZPortalPerson = z.object({ partnerId: z.uuid(), displayName: z.string() });

export const ZPortalAssignmentOutput = z.object({
  assignment: z.object({
    id: z.uuid(),
    title: z.string(),
    behavior: ZBehavior,
    kind: ZKind,
    content: ZExerciseContent,
    forPartnerId: z.uuid().nullable(),
    dueOn: z.string(),
    note: z.string().nullable(),
    reviewedAt: z.date().nullable(),
    reviewComment: z.string().nullable(),
  }),
  me: ZPortalPerson,
  partner: ZPortalPerson.nullable(),
  /** Your answer, draft or sent (partnerId null: the shared answer of an exercise done together). */
  mine: ZSlotOutput,
  /** Your partner's progress; `answer` only when you may read it. No visibility: that is theirs. */
  theirs: z.object({ partnerId: z.uuid(), status: ZSlotStatus, answer: ZAnswerBody.nullable() }).nullable(),
  canChangeVisibility: z.boolean(),
  defaultVisibility: ZVisibility,
});

export const ZSavedAnswerOutput = z.object({
  assignmentId: z.uuid(),
  status: z.enum(['draft', 'submitted']),
  visibility: ZVisibility,
  savedAt: z.date(),
  submittedAt: z.date().nullable(),
});

const ZBehaviorProgress = z.object({
  behavior: ZBehavior,
  assigned: z.number().int(),
  completed: z.number().int(),
  /** Per partner, never averaged together: self-ratings beside the other's rating of them. */
  ratings: z.array(
    z.object({
      partnerId: z.uuid(),
      weeks: z.array(
        z.object({
          weekOf: z.string(),
          self: z.number().nullable(),
          byOther: z.number().nullable(),
          gap: z.number().nullable(),
        }),
      ),
    }),
  ),
  homework: z.array(
    z.object({ weekOf: z.string(), partnerId: z.uuid(), asked: z.number().int(), done: z.number().int() }),
  ),
});

const ZProgressBase = z.object({
  /** The Monday starting the first week covered, 'YYYY-MM-DD'. */
  from: z.string(),
  /** Every week the charts span, as Mondays, oldest first. */
  weeks: z.array(z.string()),
  /** The couple's partners in chart order (the first is partner A in colour). */
  partners: z.array(z.object({ id: z.uuid(), displayName: z.string() })),
  behaviors: z.array(ZBehaviorProgress),
});

/** A partner's own view: `you` is their partner id, listed first. */
export const ZProgressOutput = ZProgressBase.extend({ you: z.uuid() });

/** Staff also see what they observed in sessions; clients never receive note content. */
export const ZStaffProgressOutput = ZProgressBase.extend({
  behaviors: z.array(
    ZBehaviorProgress.extend({
      observed: z.array(z.object({ on: z.string(), weekOf: z.string(), level: ZObservationLevel })),
    }),
  ),
});
