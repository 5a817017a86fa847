// Counseling sessions: schedule, reschedule, cancel, attendance.
import { z } from 'zod';
import { sessionStatus } from '@/db/schema';
import {
  cancelSession,
  recordAttendance,
  rescheduleSession,
  ZAttendance,
  ZCancelSessionInput,
  ZRecordAttendanceInput,
  ZRescheduleSessionInput,
} from '@/server/services/sessions/change-session';
import {
  findCoupleSessions,
  ZFindCoupleSessionsInput,
} from '@/server/services/sessions/find-couple-sessions';
import { scheduleSession, ZScheduleSessionInput } from '@/server/services/sessions/schedule-session';
import { ZSessionFormat } from '@/server/services/sessions/session-fields';
import { router } from '../init';
import { practiceProcedure } from '../procedures';

const ZStaffSession = z.object({
  id: z.uuid(),
  startsAt: z.date(),
  durationMinutes: z.number().int(),
  format: ZSessionFormat,
  location: z.string(),
  /** Where an in-person session happens (its own address, else the office's); '' for video. */
  address: z.string(),
  status: z.enum(sessionStatus.enumValues),
  /** The start on the practice's wall clock, to fill a reschedule form. */
  wallTime: z.object({ date: z.string(), time: z.string() }),
  note: z.object({ signedAt: z.date().nullable() }).nullable(),
  canChange: z.boolean(),
  canRecordAttendance: z.boolean(),
});

const ZBooked = z.object({ sessionId: z.uuid(), startsAt: z.date() });

export const sessionsRouter = router({
  forCouple: practiceProcedure('sessions:read')
    .input(ZFindCoupleSessionsInput)
    .output(
      z.object({
        timeZone: z.string(),
        /** Computed once on the server, so the page renders the same dates in every browser. */
        bookingDates: z.object({ earliest: z.iso.date(), suggested: z.iso.date() }),
        upcoming: z.array(ZStaffSession),
        past: z.array(ZStaffSession),
        nextCursor: z.object({ startsAt: z.date(), id: z.uuid() }).nullable(),
      }),
    )
    .query(({ ctx, input }) => findCoupleSessions(ctx.tx, ctx.actor, input)),
  schedule: practiceProcedure('sessions:write')
    .input(ZScheduleSessionInput)
    .output(ZBooked)
    .mutation(({ ctx, input }) => scheduleSession(ctx.tx, ctx.actor, input)),
  reschedule: practiceProcedure('sessions:write')
    .input(ZRescheduleSessionInput)
    .output(ZBooked)
    .mutation(({ ctx, input }) => rescheduleSession(ctx.tx, ctx.actor, input)),
  cancel: practiceProcedure('sessions:write')
    .input(ZCancelSessionInput)
    .output(z.object({ sessionId: z.uuid(), status: z.literal('cancelled') }))
    .mutation(({ ctx, input }) => cancelSession(ctx.tx, ctx.actor, input)),
  recordAttendance: practiceProcedure('sessions:write')
    .input(ZRecordAttendanceInput)
    .output(z.object({ sessionId: z.uuid(), status: ZAttendance }))
    .mutation(({ ctx, input }) => recordAttendance(ctx.tx, ctx.actor, input)),
});
