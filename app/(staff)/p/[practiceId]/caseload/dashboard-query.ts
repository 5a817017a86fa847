// The dashboard's sort, filters and page live in the URL (shareable, no client JavaScript needed):
// reading them back into the procedure's input, and writing links that change one of them.
import { z } from 'zod';
import {
  CASELOAD_ALERT_FILTERS,
  CASELOAD_SORTS,
  type TCaseloadAlertFilter,
  type TCaseloadSort,
} from '@/server/services/dashboard/caseload-sorts';

export type DashboardQuery = {
  /** 'auto' (no choice made): one's own couples, or everyone's for an owner or admin with none. */
  counselor: string;
  /** Part of a partner's name ('' for none). */
  search: string;
  status: 'active' | 'paused' | 'closed' | 'any';
  sort: TCaseloadSort;
  direction: 'asc' | 'desc';
  overdueOnly: boolean;
  quietOnly: boolean;
  unsignedNotesOnly: boolean;
  /** Only couples with a measure alert (any, or this one); null: no filter. */
  measureAlert: TCaseloadAlertFilter | null;
  page: number;
};

/** The direction a column sorts in when first chosen: soonest session, most recent, most behind. */
export const NATURAL_DIRECTION: Record<TCaseloadSort, 'asc' | 'desc'> = {
  'next-session': 'asc',
  'last-session': 'desc',
  overdue: 'desc',
  name: 'asc',
  'last-activity': 'asc',
};

/** The search box's value: trimmed, at most what the procedure accepts; anything else is no search. */
const ZSearch = z.string().trim().max(100).catch('');

/** The alert filter: a known value, or none. */
const ZAlert = z.enum(CASELOAD_ALERT_FILTERS).nullable().catch(null);

const STATUSES = ['active', 'paused', 'closed', 'any'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type SearchParams = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const pick = <T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/** Unknown or malformed values fall back to the defaults instead of failing the page. */
export function readDashboardQuery(params: SearchParams): DashboardQuery {
  const sort = pick(one(params.sort), CASELOAD_SORTS, 'next-session');
  const counselor = one(params.counselor) ?? 'auto';
  const page = Number.parseInt(one(params.page) ?? '1', 10);
  return {
    counselor: ['all', 'mine'].includes(counselor) || UUID.test(counselor) ? counselor : 'auto',
    search: ZSearch.parse(one(params.q) ?? ''),
    status: pick(one(params.status), STATUSES, 'active'),
    sort,
    direction: pick(one(params.dir), ['asc', 'desc'] as const, NATURAL_DIRECTION[sort]),
    overdueOnly: one(params.overdue) === '1',
    quietOnly: one(params.quiet) === '1',
    unsignedNotesOnly: one(params.unsigned) === '1',
    measureAlert: ZAlert.parse(one(params.alert)),
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** The URL of the dashboard with `change` applied (defaults left out to keep links short). */
export function dashboardHref(base: string, query: DashboardQuery, change: Partial<DashboardQuery>): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.counselor !== 'auto') params.set('counselor', next.counselor);
  if (next.search) params.set('q', next.search);
  if (next.status !== 'active') params.set('status', next.status);
  if (next.sort !== 'next-session') params.set('sort', next.sort);
  if (next.direction !== NATURAL_DIRECTION[next.sort]) params.set('dir', next.direction);
  if (next.overdueOnly) params.set('overdue', '1');
  if (next.quietOnly) params.set('quiet', '1');
  if (next.unsignedNotesOnly) params.set('unsigned', '1');
  if (next.measureAlert) params.set('alert', next.measureAlert);
  if (next.page > 1) params.set('page', String(next.page));
  const search = params.toString();
  return search ? `${base}?${search}` : base;
}
