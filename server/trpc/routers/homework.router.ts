import { z } from 'zod';
import { ZExerciseContent } from '@/db/exercise-content';
import { assignHomework, ZAssignHomeworkInput } from '@/server/services/homework/assign-homework';
import {
  cancelAssignment,
  updateAssignment,
  ZCancelAssignmentInput,
  ZUpdateAssignmentInput,
} from '@/server/services/homework/change-assignment';
import {
  findCoupleHomework,
  ZFindCoupleHomeworkInput,
} from '@/server/services/homework/find-couple-homework';
import {
  findExercises,
  ZExerciseSource,
  ZFindExercisesInput,
} from '@/server/services/homework/find-exercises';
import { getExercise, ZExerciseRef } from '@/server/services/homework/get-exercise';
import {
  getCoupleProgress,
  ZCoupleProgressInput,
} from '@/server/services/homework/progress/get-couple-progress';
import { reviewAssignment, ZReviewAssignmentInput } from '@/server/services/homework/review-assignment';
import {
  archivePracticeExercise,
  createPracticeExercise,
  updatePracticeExercise,
  ZArchivePracticeExerciseInput,
  ZCreatePracticeExerciseInput,
  ZUpdatePracticeExerciseInput,
} from '@/server/services/homework/save-practice-exercise';
import { router } from '../init';
import { practiceProcedure } from '../procedures';
import { ZAssignmentOutput, ZStaffProgressOutput } from './homework-outputs';

const ZExerciseOutput = z.object({ source: ZExerciseSource, id: z.uuid(), content: ZExerciseContent });
const ZAssignmentId = z.object({ assignmentId: z.uuid() });

export const exercisesRouter = router({
  find: practiceProcedure('exercises:read')
    .input(ZFindExercisesInput)
    .output(z.array(ZExerciseOutput))
    .query(({ ctx, input }) => findExercises(ctx.tx, ctx.actor, input)),
  get: practiceProcedure('exercises:read')
    .input(ZExerciseRef)
    .output(ZExerciseOutput)
    .query(({ ctx, input }) => getExercise(ctx.tx, ctx.actor, input)),
  create: practiceProcedure('exercises:write')
    .input(ZCreatePracticeExerciseInput)
    .output(z.object({ exerciseId: z.uuid() }))
    .mutation(({ ctx, input }) => createPracticeExercise(ctx.tx, ctx.actor, input)),
  update: practiceProcedure('exercises:write')
    .input(ZUpdatePracticeExerciseInput)
    .output(z.object({ exerciseId: z.uuid() }))
    .mutation(({ ctx, input }) => updatePracticeExercise(ctx.tx, ctx.actor, input)),
  archive: practiceProcedure('exercises:write')
    .input(ZArchivePracticeExerciseInput)
    .output(z.object({ exerciseId: z.uuid() }))
    .mutation(({ ctx, input }) => archivePracticeExercise(ctx.tx, ctx.actor, input)),
});

export const homeworkRouter = router({
  forCouple: practiceProcedure('homework:read')
    .input(ZFindCoupleHomeworkInput)
    .output(
      z.object({
        partners: z.array(z.object({ id: z.uuid(), displayName: z.string(), position: z.number().int() })),
        items: z.array(
          ZAssignmentOutput.extend({ cancelledAt: z.date().nullable(), canChange: z.boolean() }),
        ),
        nextCursor: z.object({ dueOn: z.string(), id: z.uuid() }).nullable(),
      }),
    )
    .query(({ ctx, input }) => findCoupleHomework(ctx.tx, ctx.actor, input)),
  progress: practiceProcedure('homework:read')
    .input(ZCoupleProgressInput)
    .output(ZStaffProgressOutput)
    .query(({ ctx, input }) => getCoupleProgress(ctx.tx, ctx.actor, input)),
  assign: practiceProcedure('homework:assign')
    .input(ZAssignHomeworkInput)
    .output(z.object({ assignmentIds: z.array(z.uuid()) }))
    .mutation(({ ctx, input }) => assignHomework(ctx.tx, ctx.actor, input)),
  update: practiceProcedure('homework:assign')
    .input(ZUpdateAssignmentInput)
    .output(ZAssignmentId)
    .mutation(({ ctx, input }) => updateAssignment(ctx.tx, ctx.actor, input)),
  cancel: practiceProcedure('homework:assign')
    .input(ZCancelAssignmentInput)
    .output(ZAssignmentId)
    .mutation(({ ctx, input }) => cancelAssignment(ctx.tx, ctx.actor, input)),
  review: practiceProcedure('homework:assign')
    .input(ZReviewAssignmentInput)
    .output(ZAssignmentId.extend({ reviewedAt: z.date() }))
    .mutation(({ ctx, input }) => reviewAssignment(ctx.tx, ctx.actor, input)),
});
