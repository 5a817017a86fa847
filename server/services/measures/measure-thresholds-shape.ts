// Plain data, safe for the browser: the practice's measure alert thresholds and their limits.
import { z } from 'zod';

export const NOT_IMPROVING_AFTER_RANGE = { min: 2, max: 20 } as const;
/** Points apart on session feedback's 1-5 mean, in half points. */
export const ALLIANCE_SPLIT_GAPS = [0.5, 1, 1.5, 2] as const;

export const ZMeasureThresholds = z.object({
  notImprovingAfter: z
    .number({ error: 'Enter a number of answers.' })
    .int('Enter a whole number of answers.')
    .min(NOT_IMPROVING_AFTER_RANGE.min, `At least ${NOT_IMPROVING_AFTER_RANGE.min} answers.`)
    .max(NOT_IMPROVING_AFTER_RANGE.max, `At most ${NOT_IMPROVING_AFTER_RANGE.max} answers.`),
  allianceSplitGap: z.literal(ALLIANCE_SPLIT_GAPS, { error: 'Choose one of the gaps offered.' }),
});
export type TMeasureThresholds = z.infer<typeof ZMeasureThresholds>;
