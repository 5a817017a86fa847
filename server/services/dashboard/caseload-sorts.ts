// Plain data, safe for the browser: the caseload's sort orders and alert filter, for the URL and the SQL.
export const CASELOAD_SORTS = ['next-session', 'last-session', 'overdue', 'name', 'last-activity'] as const;
export type TCaseloadSort = (typeof CASELOAD_SORTS)[number];

/** The caseload's measure alert filter: couples with any alert, or with this one. */
export const CASELOAD_ALERT_FILTERS = ['any', 'not-improving', 'worse', 'alliance-split'] as const;
export type TCaseloadAlertFilter = (typeof CASELOAD_ALERT_FILTERS)[number];
