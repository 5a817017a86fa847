// Plain data, safe for the browser: how often the counselor may set the safety check-in to come.

/** The cadences a counselor picks from, in days; 0 is "only the first check-in". */
export const CHECK_IN_CADENCES = [0, 7, 14, 30, 60, 90] as const;
