// The practice's measure alert thresholds (practice settings): what "not improving" and "alliance
// split" mean in this practice. Read by the couple page and the recompute alike.
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { practices } from '@/db/schema';
import { notFound } from '@/server/errors';
import type { MeasureThresholds } from './measure-alerts';

export { type TMeasureThresholds, ZMeasureThresholds } from './measure-thresholds-shape';

export async function getMeasureThresholds(db: DbOrTx, practiceId: string): Promise<MeasureThresholds> {
  const [row] = await db
    .select({
      notImprovingAfter: practices.measureNotImprovingAfter,
      allianceSplitGap: practices.measureAllianceSplitGap,
    })
    .from(practices)
    .where(eq(practices.id, practiceId));
  if (!row) throw notFound('Practice');
  return row;
}
