// Owners and admins set the practice's measure alert thresholds. Every couple's caseload alerts are
// recomputed with the new values in the same transaction, so the caseload never shows alerts by
// the old ones once the change is saved. Audited with the old and new values.
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { practices } from '@/db/schema';
import type { Actor } from '../actor';
import { recordAudit } from '../audit/record-audit';
import { getMeasureThresholds, type TMeasureThresholds } from './measure-thresholds';
import { refreshMeasureAlerts } from './refresh-measure-alerts';

export async function updateMeasureThresholds(tx: Tx, actor: Actor, input: TMeasureThresholds) {
  const before = await getMeasureThresholds(tx, actor.practiceId);
  await tx
    .update(practices)
    .set({
      measureNotImprovingAfter: input.notImprovingAfter,
      measureAllianceSplitGap: input.allianceSplitGap,
    })
    .where(eq(practices.id, actor.practiceId));
  await refreshMeasureAlerts(tx, actor.practiceId, 'all');
  await recordAudit(tx, actor, {
    action: 'practice.measure-thresholds-changed',
    targetType: 'practice',
    targetId: actor.practiceId,
    metadata: {
      notImprovingAfter: input.notImprovingAfter,
      allianceSplitGap: input.allianceSplitGap,
      previousNotImprovingAfter: before.notImprovingAfter,
      previousAllianceSplitGap: before.allianceSplitGap,
    },
  });
  return getMeasureThresholds(tx, actor.practiceId);
}
