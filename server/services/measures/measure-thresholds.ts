// The practice's measure alert thresholds (practice settings): what "not improving" and "alliance
// split" mean in this practice. Read by the couple page and the recompute alike.
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { practices } from '@/db/schema';
import { notFound } from '@/server/errors';

import { type TMeasureThresholds, ZMeasureThresholds } from './measure-thresholds-shape';

export { type TMeasureThresholds, ZMeasureThresholds };

export async function getMeasureThresholds(db: DbOrTx, practiceId: string): Promise<TMeasureThresholds> {
  const [row] = await db
    .select({
      notImprovingAfter: practices.measureNotImprovingAfter,
      allianceSplitGap: practices.measureAllianceSplitGap,
    })
    .from(practices)
    .where(eq(practices.id, practiceId));
  if (!row) throw notFound('Practice');
  // The database's check allows exactly these values; parsing narrows the gap to them.
  return ZMeasureThresholds.parse(row);
}
