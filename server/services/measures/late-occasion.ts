// An answer for a session whose asking window closed while the form was open (the session began,
// or its week after ended): still this partner's answer for that session, so it is kept, and a
// raised safety item still raises its flag. Not when they already answered for that session, the
// session is not their couple's, or the counselor no longer asks the measure.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { counselingSessions, measureResponses, measureSchedules } from '@/db/schema';
import type { MeasureSlug } from './measure-definition';

export async function lateSessionOccasion(
  tx: Tx,
  mine: { practiceId: string; coupleId: string; partnerId: string },
  measure: MeasureSlug,
  sessionId: string,
): Promise<{ sessionId: string } | null> {
  const [schedule] = await tx
    .select({ timing: measureSchedules.timing })
    .from(measureSchedules)
    .where(
      and(
        eq(measureSchedules.practiceId, mine.practiceId),
        eq(measureSchedules.coupleId, mine.coupleId),
        eq(measureSchedules.measureSlug, measure),
      ),
    );
  if (schedule?.timing !== 'before-session' && schedule?.timing !== 'after-session') return null;
  const [session] = await tx
    .select({ id: counselingSessions.id })
    .from(counselingSessions)
    .where(
      and(
        eq(counselingSessions.practiceId, mine.practiceId),
        eq(counselingSessions.coupleId, mine.coupleId),
        eq(counselingSessions.id, sessionId),
      ),
    );
  if (!session) return null;
  const [answered] = await tx
    .select({ id: measureResponses.id })
    .from(measureResponses)
    .where(
      and(
        eq(measureResponses.practiceId, mine.practiceId),
        eq(measureResponses.partnerId, mine.partnerId),
        eq(measureResponses.measureSlug, measure),
        eq(measureResponses.sessionId, sessionId),
      ),
    );
  return answered ? null : { sessionId: session.id };
}
