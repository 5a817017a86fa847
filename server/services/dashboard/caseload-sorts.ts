// Plain data, safe for the browser: the caseload's sort orders, for the URL and the SQL.
export const CASELOAD_SORTS = ['next-session', 'last-session', 'overdue', 'name', 'last-activity'] as const;
export type TCaseloadSort = (typeof CASELOAD_SORTS)[number];
