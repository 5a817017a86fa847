// Reopening a closed file: the partners can answer homework again and nudges resume on the
// scheduler's next run. Sessions cancelled by the closing stay cancelled; book new ones.
// Reopening an open couple changes nothing.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { couples } from '@/db/schema';
import type { Actor } from '@/server/services/actor';
import { recordAudit } from '@/server/services/audit/record-audit';
import { lockCouple, type TCoupleStatusChangeInput } from './lock-couple';

export async function reopenCouple(tx: Tx, actor: Actor, input: TCoupleStatusChangeInput) {
  const couple = await lockCouple(tx, actor, input.coupleId);
  if (couple.status !== 'closed') return { coupleId: couple.id, status: couple.status };
  await tx
    .update(couples)
    .set({ status: 'active', closedAt: null })
    .where(and(eq(couples.practiceId, actor.practiceId), eq(couples.id, couple.id)));
  await recordAudit(tx, actor, {
    action: 'couple.reopened',
    targetType: 'couple',
    targetId: couple.id,
    metadata: { reason: input.reason ?? null, closedAt: couple.closedAt?.toISOString() ?? null },
  });
  return { coupleId: couple.id, status: 'active' as const };
}
