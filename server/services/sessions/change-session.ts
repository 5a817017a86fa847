// Changing a booked session: reschedule or cancel while it is still scheduled, and record
// attendance once it has started.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { counselingSessions, sessionNotes } from '@/db/schema';
import { sessionReminderKeyPrefix, withdrawPendingEmail } from '@/server/email/withdraw-pending-email';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { recordAudit } from '../audit/record-audit';
import { assertCoupleOpen } from '../couples/closing/assert-couple-open';
import { practiceTimeZone } from '../practices/practice-time-zone';
import { wallTimeToUtc } from './practice-time';
import { checkLocation, ZSessionWhen } from './session-fields';
import { checkBookableStart, checkCounselorFree } from './session-rules';
import { lockVisibleSession } from './visible-session';

type LockedSession = Awaited<ReturnType<typeof lockVisibleSession>>;

function requireScheduled(session: LockedSession, doing: string) {
  if (session.status !== 'scheduled')
    throw new AppError('CONFLICT', `This session is already ${session.status}, so it cannot be ${doing}.`);
}

async function setSession(
  tx: Tx,
  actor: Actor,
  sessionId: string,
  values: Partial<typeof counselingSessions.$inferInsert>,
) {
  await tx
    .update(counselingSessions)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(counselingSessions.practiceId, actor.practiceId), eq(counselingSessions.id, sessionId)));
}

export const ZRescheduleSessionInput = ZSessionWhen.extend({ sessionId: z.uuid() }).superRefine(
  checkLocation,
);

export async function rescheduleSession(
  tx: Tx,
  actor: Actor,
  input: z.infer<typeof ZRescheduleSessionInput>,
) {
  const session = await lockVisibleSession(tx, actor, input.sessionId);
  requireScheduled(session, 'rescheduled');
  await assertCoupleOpen(tx, actor.practiceId, session.coupleId, 'its sessions cannot be rescheduled');
  const startsAt = wallTimeToUtc(input, await practiceTimeZone(tx, actor.practiceId));
  checkBookableStart(startsAt);
  await checkCounselorFree(tx, {
    practiceId: actor.practiceId,
    counselorId: session.counselorId,
    startsAt,
    durationMinutes: input.durationMinutes,
    exceptId: session.id,
  });
  await setSession(tx, actor, session.id, {
    startsAt,
    durationMinutes: input.durationMinutes,
    format: input.format,
    location: input.location,
  });
  await withdrawPendingEmail(tx, sessionReminderKeyPrefix(session.id), 'the session was rescheduled');
  await recordAudit(tx, actor, {
    action: 'session.rescheduled',
    targetType: 'counseling_session',
    targetId: session.id,
    metadata: {
      coupleId: session.coupleId,
      fromStartsAt: session.startsAt.toISOString(),
      startsAt: startsAt.toISOString(),
      durationMinutes: input.durationMinutes,
      format: input.format,
    },
  });
  return { sessionId: session.id, startsAt };
}

export const ZCancelSessionInput = z.object({ sessionId: z.uuid() });

export async function cancelSession(tx: Tx, actor: Actor, input: z.infer<typeof ZCancelSessionInput>) {
  const session = await lockVisibleSession(tx, actor, input.sessionId);
  requireScheduled(session, 'cancelled');
  await setSession(tx, actor, session.id, { status: 'cancelled' });
  await withdrawPendingEmail(tx, sessionReminderKeyPrefix(session.id), 'the session was cancelled');
  await recordAudit(tx, actor, {
    action: 'session.cancelled',
    targetType: 'counseling_session',
    targetId: session.id,
    metadata: { coupleId: session.coupleId, startsAt: session.startsAt.toISOString() },
  });
  return { sessionId: session.id, status: 'cancelled' as const };
}

export const ZAttendance = z.enum(['attended', 'no-show']);
export const ZRecordAttendanceInput = z.object({ sessionId: z.uuid(), attendance: ZAttendance });

/** Attended or no-show, once the start time has passed; a misclick can be corrected. */
export async function recordAttendance(tx: Tx, actor: Actor, input: z.infer<typeof ZRecordAttendanceInput>) {
  const session = await lockVisibleSession(tx, actor, input.sessionId);
  if (session.status === 'cancelled')
    throw new AppError('CONFLICT', 'This session was cancelled, so attendance cannot be recorded.');
  if (session.startsAt.getTime() > Date.now())
    throw new AppError('BAD_REQUEST', 'Attendance can be recorded once the session has started.');
  if (input.attendance === 'no-show') {
    const [note] = await tx
      .select({ id: sessionNotes.id })
      .from(sessionNotes)
      .where(and(eq(sessionNotes.practiceId, actor.practiceId), eq(sessionNotes.sessionId, session.id)));
    if (note)
      throw new AppError('CONFLICT', 'This session has a session note, so it cannot be marked as a no-show.');
  }
  if (session.status !== input.attendance) {
    await setSession(tx, actor, session.id, { status: input.attendance });
    await recordAudit(tx, actor, {
      action: 'session.attendance',
      targetType: 'counseling_session',
      targetId: session.id,
      metadata: { coupleId: session.coupleId, status: input.attendance, previous: session.status },
    });
  }
  return { sessionId: session.id, status: input.attendance };
}
