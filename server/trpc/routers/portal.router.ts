import { z } from 'zod';
import {
  changeAnswerVisibility,
  ZChangeAnswerVisibilityInput,
} from '@/server/services/homework/portal/change-answer-visibility';
import {
  findHomeworkHistory,
  ZHomeworkHistoryInput,
} from '@/server/services/homework/portal/find-homework-history';
import { findWeekHomework } from '@/server/services/homework/portal/find-week-homework';
import {
  getPortalAssignment,
  ZPortalAssignmentInput,
} from '@/server/services/homework/portal/get-portal-assignment';
import {
  getPortalProgress,
  ZPortalProgressInput,
} from '@/server/services/homework/portal/get-portal-progress';
import { saveAnswer, submitAnswer, ZSaveAnswerInput } from '@/server/services/homework/portal/save-answer';
import { findUpcomingSessions } from '@/server/services/portal/find-upcoming-sessions';
import { getPortalHome } from '@/server/services/portal/get-portal-home';
import { ZSessionFormat } from '@/server/services/sessions/session-fields';
import { router } from '../init';
import { practiceProcedure } from '../procedures';
import {
  ZPortalAssignmentOutput,
  ZPortalHomeworkItem,
  ZProgressOutput,
  ZSavedAnswerOutput,
  ZVisibility,
} from './homework-outputs';

const portalHomeworkRouter = router({
  list: practiceProcedure('portal:read')
    .output(z.object({ items: z.array(ZPortalHomeworkItem) }))
    .query(({ ctx }) => findWeekHomework(ctx.tx, ctx.actor)),
  history: practiceProcedure('portal:read')
    .input(ZHomeworkHistoryInput)
    .output(
      z.object({
        items: z.array(ZPortalHomeworkItem.extend({ submittedAt: z.date() })),
        nextCursor: z.object({ submittedAt: z.date(), id: z.uuid() }).nullable(),
      }),
    )
    .query(({ ctx, input }) => findHomeworkHistory(ctx.tx, ctx.actor, input)),
  get: practiceProcedure('portal:read')
    .input(ZPortalAssignmentInput)
    .output(ZPortalAssignmentOutput)
    .query(({ ctx, input }) => getPortalAssignment(ctx.tx, ctx.actor, input)),
  save: practiceProcedure('homework:answer')
    .input(ZSaveAnswerInput)
    .output(ZSavedAnswerOutput)
    .mutation(({ ctx, input }) => saveAnswer(ctx.tx, ctx.actor, input)),
  submit: practiceProcedure('homework:answer')
    .input(ZSaveAnswerInput)
    .output(ZSavedAnswerOutput)
    .mutation(({ ctx, input }) => submitAnswer(ctx.tx, ctx.actor, input)),
  setVisibility: practiceProcedure('homework:answer')
    .input(ZChangeAnswerVisibilityInput)
    .output(z.object({ assignmentId: z.uuid(), visibility: ZVisibility }))
    .mutation(({ ctx, input }) => changeAnswerVisibility(ctx.tx, ctx.actor, input)),
});

export const portalRouter = router({
  home: practiceProcedure('portal:read')
    .output(
      z.object({
        coupleId: z.uuid(),
        status: z.enum(['active', 'paused', 'closed']),
        counselorName: z.string(),
        practiceName: z.string(),
        /** The practice's clock, on which the portal shows every time. */
        timeZone: z.string(),
        me: z.string(),
        partner: z.string().nullable(),
      }),
    )
    .query(({ ctx }) => getPortalHome(ctx.tx, ctx.actor)),
  homework: portalHomeworkRouter,
  upcomingSessions: practiceProcedure('portal:read')
    .output(
      z.object({
        timeZone: z.string(),
        items: z.array(
          z.object({
            id: z.uuid(),
            startsAt: z.date(),
            durationMinutes: z.number().int(),
            format: ZSessionFormat,
            location: z.string(),
            /** Where an in-person session happens (its own address, else the office's); '' for video. */
            address: z.string(),
          }),
        ),
      }),
    )
    .query(({ ctx }) => findUpcomingSessions(ctx.tx, ctx.actor)),
  progress: practiceProcedure('portal:read')
    .input(ZPortalProgressInput)
    .output(ZProgressOutput)
    .query(({ ctx, input }) => getPortalProgress(ctx.tx, ctx.actor, input)),
});
