// Measures: the counselor's schedule and view of a couple's questionnaires (staff), and the
// signed-in partner's due questionnaires and answers (portal). Nothing a partner can call says
// anything about the other partner's answers, not even whether there are any.
import { z } from 'zod';
import { findDueMeasures } from '@/server/services/measures/find-due-measures';
import { getCoupleMeasures, ZCoupleMeasuresInput } from '@/server/services/measures/get-couple-measures';
import { getQuestionnaire, ZQuestionnaireInput } from '@/server/services/measures/get-questionnaire';
import {
  removeMeasureSchedule,
  setMeasureSchedule,
  ZRemoveMeasureScheduleInput,
  ZSetMeasureScheduleInput,
} from '@/server/services/measures/set-measure-schedule';
import { submitMeasure, ZSubmitMeasureInput } from '@/server/services/measures/submit-measure';
import { router } from '../init';
import { practiceProcedure } from '../procedures';
import { ZCoupleMeasures, ZDueMeasure, ZQuestionnaire } from './measures-outputs';

export const measuresRouter = router({
  forCouple: practiceProcedure('measures:read')
    .input(ZCoupleMeasuresInput)
    .output(ZCoupleMeasures)
    .query(({ ctx, input }) => getCoupleMeasures(ctx.tx, ctx.actor, input)),
  setSchedule: practiceProcedure('measures:manage')
    .input(ZSetMeasureScheduleInput)
    .output(z.object({ coupleId: z.uuid(), measure: z.string(), timing: z.string() }))
    .mutation(({ ctx, input }) => setMeasureSchedule(ctx.tx, ctx.actor, input)),
  removeSchedule: practiceProcedure('measures:manage')
    .input(ZRemoveMeasureScheduleInput)
    .output(z.object({ coupleId: z.uuid(), measure: z.string(), removed: z.boolean() }))
    .mutation(({ ctx, input }) => removeMeasureSchedule(ctx.tx, ctx.actor, input)),
  myDue: practiceProcedure('portal:read')
    .output(z.array(ZDueMeasure))
    .query(({ ctx }) => findDueMeasures(ctx.tx, ctx.actor)),
  questionnaire: practiceProcedure('portal:read')
    .input(ZQuestionnaireInput)
    .output(ZQuestionnaire)
    .query(({ ctx, input }) => getQuestionnaire(ctx.tx, ctx.actor, input)),
  // Open when read-only: an answer can raise a safety flag (PHQ-9 item 9), and safety never waits
  // for a payment. Open when the couple's file is closed: discharge questionnaires are answered then.
  submit: practiceProcedure('measures:answer')
    .meta({ openWhenReadOnly: true, openWhenCoupleClosed: true })
    .input(ZSubmitMeasureInput)
    .output(z.object({ recorded: z.boolean() }))
    .mutation(({ ctx, input }) => submitMeasure(ctx.tx, ctx.actor, input)),
});
