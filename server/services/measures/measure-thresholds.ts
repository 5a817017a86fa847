// The practice's measure alert thresholds (practice settings): what "not improving" and "alliance
// split" mean in this practice. Read by the couple page and the recompute alike.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { practices } from '@/db/schema';
import { notFound } from '@/server/errors';
import type { MeasureThresholds } from './measure-alerts';

/** 2 to 20 answers; a split from half a point to two points, in half points. */
export const ZMeasureThresholds = z.object({
  notImprovingAfter: z.number().int().min(2).max(20),
  allianceSplitGap: z
    .number()
    .min(0.5)
    .max(2)
    .refine((gap) => Number.isInteger(gap * 2), 'Choose a gap in half points.'),
});
export type TMeasureThresholds = z.infer<typeof ZMeasureThresholds>;

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
