// The session a note is about, with its couple, if the staff member may see that couple;
// NOT_FOUND otherwise, so another caseload's session cannot be told from one that does not exist.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { counselingSessions, couples, memberships, practices, users } from '@/db/schema';
import { notFound } from '@/server/errors';
import type { Actor } from '../actor';
import { canSeeCouple } from '../couples/couple-access';

export async function findNoteSession(tx: Tx, actor: Actor, sessionId: string) {
  const [session] = await tx
    .select({
      id: counselingSessions.id,
      coupleId: counselingSessions.coupleId,
      coupleCounselorId: couples.counselorId,
      coupleStatus: couples.status,
      counselorName: users.name,
      startsAt: counselingSessions.startsAt,
      durationMinutes: counselingSessions.durationMinutes,
      format: counselingSessions.format,
      location: counselingSessions.location,
      status: counselingSessions.status,
      timeZone: practices.timeZone,
      noteTemplate: practices.noteTemplate,
      officeAddress: practices.officeAddress,
    })
    .from(counselingSessions)
    .innerJoin(
      couples,
      and(eq(couples.practiceId, counselingSessions.practiceId), eq(couples.id, counselingSessions.coupleId)),
    )
    .innerJoin(
      memberships,
      and(
        eq(memberships.practiceId, counselingSessions.practiceId),
        eq(memberships.id, counselingSessions.counselorId),
      ),
    )
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(practices, eq(practices.id, counselingSessions.practiceId))
    .where(and(eq(counselingSessions.practiceId, actor.practiceId), eq(counselingSessions.id, sessionId)));
  if (!session || !canSeeCouple(actor, session.coupleCounselorId)) throw notFound('Session');
  return session;
}

export type TNoteSession = Awaited<ReturnType<typeof findNoteSession>>;
