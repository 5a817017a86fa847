// A session the staff member may act on, locked for the change they are about to make; NOT_FOUND
// for another caseload's session, as for its couple.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { counselingSessions, couples } from '@/db/schema';
import { notFound } from '@/server/errors';
import type { Actor } from '../actor';
import { canSeeCouple } from '../couples/couple-access';

export async function lockVisibleSession(tx: Tx, actor: Actor, sessionId: string) {
  const [row] = await tx
    .select({
      id: counselingSessions.id,
      coupleId: counselingSessions.coupleId,
      counselorId: counselingSessions.counselorId,
      startsAt: counselingSessions.startsAt,
      durationMinutes: counselingSessions.durationMinutes,
      format: counselingSessions.format,
      status: counselingSessions.status,
      coupleCounselorId: couples.counselorId,
    })
    .from(counselingSessions)
    .innerJoin(
      couples,
      and(eq(couples.practiceId, counselingSessions.practiceId), eq(couples.id, counselingSessions.coupleId)),
    )
    .where(and(eq(counselingSessions.practiceId, actor.practiceId), eq(counselingSessions.id, sessionId)))
    .for('update', { of: counselingSessions });
  if (!row || !canSeeCouple(actor, row.coupleCounselorId)) throw notFound('Session');
  return row;
}
