// Closing (archiving) a couple's file, all in one transaction: the couple turns read-only for its
// partners, its upcoming sessions are cancelled, and every nudge not yet sent to them is taken
// back. Open homework stays as it is, readable by everyone who could read it. Closing a closed
// couple again changes nothing (a retried request is harmless).
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { assignments, counselingSessions, couples, partners } from '@/db/schema';
import {
  homeworkAssignedKeyPrefix,
  homeworkReminderKeyPrefixes,
  sessionReminderKeyPrefix,
  withdrawPendingEmails,
} from '@/server/email/withdraw-pending-email';
import type { Actor } from '@/server/services/actor';
import { recordAudit } from '@/server/services/audit/record-audit';
import { lockCouple, type TCoupleStatusChangeInput } from './lock-couple';
import { upcomingSessionsOf } from './upcoming-sessions';

export async function closeCouple(tx: Tx, actor: Actor, input: TCoupleStatusChangeInput) {
  const couple = await lockCouple(tx, actor, input.coupleId);
  if (couple.status === 'closed' && couple.closedAt) {
    return {
      coupleId: couple.id,
      status: 'closed' as const,
      closedAt: couple.closedAt,
      cancelledSessions: 0,
    };
  }
  const now = new Date();
  await tx
    .update(couples)
    .set({ status: 'closed', closedAt: now })
    .where(and(eq(couples.practiceId, actor.practiceId), eq(couples.id, couple.id)));
  const cancelled = await tx
    .update(counselingSessions)
    .set({ status: 'cancelled', updatedAt: now })
    .where(upcomingSessionsOf(actor.practiceId, couple.id, now))
    .returning({ id: counselingSessions.id, startsAt: counselingSessions.startsAt });
  const [people, homework] = await Promise.all([
    tx
      .select({ id: partners.id })
      .from(partners)
      .where(and(eq(partners.practiceId, actor.practiceId), eq(partners.coupleId, couple.id))),
    tx
      .select({ id: assignments.id })
      .from(assignments)
      .where(and(eq(assignments.practiceId, actor.practiceId), eq(assignments.coupleId, couple.id))),
  ]);
  await withdrawPendingEmails(
    tx,
    [
      ...cancelled.map((s) => sessionReminderKeyPrefix(s.id)),
      ...people.flatMap((p) => homeworkReminderKeyPrefixes(p.id)),
      ...homework.map((a) => homeworkAssignedKeyPrefix(a.id)),
    ],
    'the couple’s file was closed',
  );
  for (const session of cancelled) {
    await recordAudit(tx, actor, {
      action: 'session.cancelled',
      targetType: 'counseling_session',
      targetId: session.id,
      metadata: { coupleId: couple.id, startsAt: session.startsAt.toISOString(), because: 'couple closed' },
    });
  }
  await recordAudit(tx, actor, {
    action: 'couple.closed',
    targetType: 'couple',
    targetId: couple.id,
    metadata: { reason: input.reason ?? null, cancelledSessions: cancelled.length },
  });
  return {
    coupleId: couple.id,
    status: 'closed' as const,
    closedAt: now,
    cancelledSessions: cancelled.length,
  };
}
