// A staff member books a session for a couple they may see, with the couple's counselor.
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { counselingSessions } from '@/db/schema';
import type { Actor } from '../actor';
import { recordAudit } from '../audit/record-audit';
import { assertCoupleOpen } from '../couples/closing/assert-couple-open';
import { findVisibleCouple } from '../homework/visible-couple';
import { practiceTimeZone } from '../practices/practice-time-zone';
import { wallTimeToUtc } from './practice-time';
import { checkLocation, ZSessionWhen } from './session-fields';
import { checkBookableStart, checkCounselorFree } from './session-rules';

export const ZScheduleSessionInput = ZSessionWhen.extend({ coupleId: z.uuid() }).superRefine(checkLocation);
type TScheduleSessionInput = z.infer<typeof ZScheduleSessionInput>;

export async function scheduleSession(tx: Tx, actor: Actor, input: TScheduleSessionInput) {
  const couple = await findVisibleCouple(tx, actor, input.coupleId);
  await assertCoupleOpen(tx, actor.practiceId, couple.id, 'no session can be booked');
  const startsAt = wallTimeToUtc(input, await practiceTimeZone(tx, actor.practiceId));
  checkBookableStart(startsAt);
  await checkCounselorFree(tx, {
    practiceId: actor.practiceId,
    counselorId: couple.counselorId,
    startsAt,
    durationMinutes: input.durationMinutes,
  });
  const [created] = await tx
    .insert(counselingSessions)
    .values({
      practiceId: actor.practiceId,
      coupleId: couple.id,
      counselorId: couple.counselorId,
      startsAt,
      durationMinutes: input.durationMinutes,
      format: input.format,
      location: input.location,
      createdById: actor.membershipId,
    })
    .returning({ id: counselingSessions.id });
  if (!created) throw new Error('the session was not stored');
  await recordAudit(tx, actor, {
    action: 'session.scheduled',
    targetType: 'counseling_session',
    targetId: created.id,
    metadata: {
      coupleId: couple.id,
      startsAt: startsAt.toISOString(),
      durationMinutes: input.durationMinutes,
      format: input.format,
    },
  });
  return { sessionId: created.id, startsAt };
}
