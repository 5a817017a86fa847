// Plain data, safe for the browser: the progress charts mark gaps with it.

/** A self-rating and the other partner's rating of the same person this far apart is a perception gap. */
export const PERCEPTION_GAP = 2;

export const isPerceptionGap = (gap: number | null | undefined): boolean =>
  gap !== null && gap !== undefined && gap >= PERCEPTION_GAP;
