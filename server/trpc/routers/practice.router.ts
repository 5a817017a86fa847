import { z } from 'zod';
import { answerVisibility, noteTemplate } from '@/db/schema';
import { ACCESS_LEVELS, ACCESS_REASONS } from '@/server/billing/entitlements/practice-access';
import { findUndeliveredEmail } from '@/server/services/email-delivery/find-undelivered-email';
import { getMeasureThresholds, ZMeasureThresholds } from '@/server/services/measures/measure-thresholds';
import { updateMeasureThresholds } from '@/server/services/measures/update-measure-thresholds';
import {
  ZEmailDiscretion,
  ZEmailDiscretionOutput,
} from '@/server/services/practices/email-discretion/email-discretion-shape';
import { getEmailDiscretion } from '@/server/services/practices/email-discretion/get-email-discretion';
import { updateEmailDiscretion } from '@/server/services/practices/email-discretion/update-email-discretion';
import { findMyPractices } from '@/server/services/practices/find-my-practices';
import { getCurrentPractice } from '@/server/services/practices/get-current-practice';
import { getReminderDefaults } from '@/server/services/practices/reminder-defaults/get-reminder-defaults';
import { ZReminderDefaults } from '@/server/services/practices/reminder-defaults/reminder-defaults-shape';
import { updateReminderDefaults } from '@/server/services/practices/reminder-defaults/update-reminder-defaults';
import {
  updatePracticeSettings,
  ZPracticeSettingsInput,
} from '@/server/services/practices/update-practice-settings';
import { router } from '../init';
import { authedProcedure, practiceProcedure } from '../procedures';

const ZRole = z.enum(['owner', 'admin', 'counselor', 'client']);

export const practiceRouter = router({
  mine: authedProcedure
    .output(z.array(z.object({ practiceId: z.uuid(), name: z.string(), role: ZRole })))
    .query(({ ctx }) => findMyPractices(ctx.db, ctx.session.userId)),
  current: practiceProcedure('practice:read')
    .output(
      z.object({
        id: z.uuid(),
        name: z.string(),
        timeZone: z.string(),
        noteTemplate: z.enum(noteTemplate.enumValues),
        defaultAnswerVisibility: z.enum(answerVisibility.enumValues),
        /** Where in-person sessions happen unless a session names its own place ('' when not set). */
        officeAddress: z.string(),
        role: ZRole,
        me: z.object({ name: z.string(), email: z.string() }),
        /** Billing: whether the practice can save; the reason and date for staff only. */
        access: z.object({
          level: z.enum(ACCESS_LEVELS),
          reason: z.enum(ACCESS_REASONS).nullable(),
          readOnlyFrom: z.date().nullable(),
        }),
      }),
    )
    .query(({ ctx }) => getCurrentPractice(ctx.tx, ctx.actor)),
  updateSettings: practiceProcedure('practice:settings')
    .input(ZPracticeSettingsInput)
    .output(z.object({ practiceId: z.uuid() }))
    .mutation(({ ctx, input }) => updatePracticeSettings(ctx.tx, ctx.actor, input)),
  reminderDefaults: practiceProcedure('practice:settings')
    .output(ZReminderDefaults)
    .query(({ ctx }) => getReminderDefaults(ctx.tx, ctx.actor.practiceId)),
  updateReminderDefaults: practiceProcedure('practice:settings')
    .input(ZReminderDefaults)
    .output(ZReminderDefaults)
    .mutation(({ ctx, input }) => updateReminderDefaults(ctx.tx, ctx.actor, input)),
  measureThresholds: practiceProcedure('practice:settings')
    .output(ZMeasureThresholds)
    .query(({ ctx }) => getMeasureThresholds(ctx.tx, ctx.actor.practiceId)),
  updateMeasureThresholds: practiceProcedure('practice:settings')
    .input(ZMeasureThresholds)
    .output(ZMeasureThresholds)
    .mutation(({ ctx, input }) => updateMeasureThresholds(ctx.tx, ctx.actor, input)),
  emailDiscretion: practiceProcedure('practice:settings')
    .output(ZEmailDiscretionOutput)
    .query(({ ctx }) => getEmailDiscretion(ctx.tx, ctx.actor.practiceId)),
  updateEmailDiscretion: practiceProcedure('practice:settings')
    .input(ZEmailDiscretion)
    .output(ZEmailDiscretionOutput)
    .mutation(({ ctx, input }) => updateEmailDiscretion(ctx.tx, ctx.actor, input)),
  undeliveredEmail: practiceProcedure('practice:settings')
    .output(
      z.array(
        z.object({
          id: z.uuid(),
          toEmail: z.string(),
          template: z.string(),
          attempts: z.number().int(),
          reason: z.string(),
          failedAt: z.date(),
        }),
      ),
    )
    .query(({ ctx }) => findUndeliveredEmail(ctx.tx)),
});
