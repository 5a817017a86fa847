// Safety: a partner's private check-in and the support page (portal), and the counselor's flags,
// hold and check-in cadence (staff); the practice's crisis lines (owners and admins). Output
// schemas keep each side to its own fields: nothing here ever tells a partner about the other's.
import { z } from 'zod';
import { acknowledgeFlag, ZAcknowledgeFlagInput } from '@/server/services/safety/acknowledge-flag';
import { ZCheckInAnswer, ZCheckInAnswers } from '@/server/services/safety/check-in-questions';
import {
  getCrisisLines,
  updateCrisisLines,
  ZCrisisLine,
  ZUpdateCrisisLinesInput,
} from '@/server/services/safety/crisis-lines';
import {
  getCoupleSafety,
  getCoupleSafetySummary,
  ZCoupleSafetyInput,
} from '@/server/services/safety/get-couple-safety';
import { getPortalSafety } from '@/server/services/safety/portal-safety';
import { setCheckInCadence, ZSetCheckInCadenceInput } from '@/server/services/safety/set-check-in-cadence';
import { setSafetyHold, ZSetSafetyHoldInput } from '@/server/services/safety/set-safety-hold';
import { submitCheckIn } from '@/server/services/safety/submit-check-in';
import { router } from '../init';
import { practiceProcedure } from '../procedures';

const ZCrisisLinesOutput = z.object({ usingDefaults: z.boolean(), lines: z.array(ZCrisisLine) });

const ZSafetySummary = z.object({
  coupleId: z.uuid(),
  checkInCadenceDays: z.number().int(),
  hold: z.object({ placedAt: z.date(), placedBy: z.string().nullable() }).nullable(),
  openFlags: z.number().int(),
});

export const safetyRouter = router({
  /** The signed-in partner's own state: the same for both partners whatever the other answered. */
  myStatus: practiceProcedure('portal:read')
    .output(z.object({ checkInDue: z.boolean(), sharedWorkPaused: z.boolean() }))
    .query(({ ctx }) => getPortalSafety(ctx.tx, ctx.actor)),
  // Open when the couple's file is closed: a closed file must never silence someone asking for
  // help (and, like all of safety, open when read-only by its permission).
  submitCheckIn: practiceProcedure('safety:check-in')
    .meta({ openWhenCoupleClosed: true })
    .input(ZCheckInAnswers)
    .output(z.object({ recorded: z.boolean() }))
    .mutation(({ ctx, input }) => submitCheckIn(ctx.tx, ctx.actor, input)),
  resources: practiceProcedure('portal:read')
    .output(ZCrisisLinesOutput)
    .query(({ ctx }) => getCrisisLines(ctx.tx, ctx.actor)),
  summary: practiceProcedure('safety:read')
    .input(ZCoupleSafetyInput)
    .output(ZSafetySummary)
    .query(({ ctx, input }) => getCoupleSafetySummary(ctx.tx, ctx.actor, input)),
  get: practiceProcedure('safety:read')
    .input(ZCoupleSafetyInput)
    .output(
      ZSafetySummary.extend({
        flags: z.array(
          z.object({
            id: z.uuid(),
            checkInId: z.uuid().nullable(),
            source: z.enum(['check-in', 'questionnaire']),
            partnerName: z.string(),
            raisedAt: z.date(),
            acknowledgedAt: z.date().nullable(),
            acknowledgedBy: z.string().nullable(),
            note: z.string().nullable(),
          }),
        ),
        checkIns: z.array(
          z.object({
            id: z.uuid(),
            partnerName: z.string(),
            submittedAt: z.date(),
            answers: z.record(z.string(), ZCheckInAnswer.nullable()),
            note: z.string(),
            concerns: z.array(z.string()),
          }),
        ),
      }),
    )
    .query(({ ctx, input }) => getCoupleSafety(ctx.tx, ctx.actor, input)),
  acknowledgeFlag: practiceProcedure('safety:manage')
    .input(ZAcknowledgeFlagInput)
    .output(z.object({ flagId: z.uuid(), acknowledgedAt: z.date() }))
    .mutation(({ ctx, input }) => acknowledgeFlag(ctx.tx, ctx.actor, input)),
  setHold: practiceProcedure('safety:manage')
    .input(ZSetSafetyHoldInput)
    .output(z.object({ coupleId: z.uuid(), hold: z.boolean(), withdrawnNudges: z.number().int() }))
    .mutation(({ ctx, input }) => setSafetyHold(ctx.tx, ctx.actor, input)),
  setCadence: practiceProcedure('safety:manage')
    .input(ZSetCheckInCadenceInput)
    .output(z.object({ coupleId: z.uuid(), cadenceDays: z.number().int() }))
    .mutation(({ ctx, input }) => setCheckInCadence(ctx.tx, ctx.actor, input)),
  crisisLines: practiceProcedure('practice:settings')
    .output(ZCrisisLinesOutput)
    .query(({ ctx }) => getCrisisLines(ctx.tx, ctx.actor)),
  // Open when read-only: the crisis lines clients see must stay correct.
  updateCrisisLines: practiceProcedure('practice:settings')
    .meta({ openWhenReadOnly: true })
    .input(ZUpdateCrisisLinesInput)
    .output(ZCrisisLinesOutput)
    .mutation(({ ctx, input }) => updateCrisisLines(ctx.tx, ctx.actor, input)),
});
