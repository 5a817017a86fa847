// The caseload dashboard as ONE SQL statement, whatever the caseload size. The bench runs exactly
// this statement on a bare postgres.js server, so it takes plain parameters and returns plain SQL.
//
// It must run inside a tenant transaction (db/tenant.ts withTenant: app.practice_id, app.user_id
// and the app role): row-level security applies, and app_staff_response_activity() answers only
// for the practice and staff member set there.
//
// Shape: the couples in scope (index couples_practice_counselor_idx), then two stages. Stage A
// computes, for every couple in scope, only the figures the sort and filters need; the page is cut
// from it; stage B computes the remaining figures for the page's couples only. Every per-couple
// figure is a correlated subquery whose index leads with practice_id (sessions, notes, partners,
// assignments), so the work grows with the couples in scope and never with the table.
//
// Measure alerts: read from couple_measure_alerts (kept in step with the answers, see
// server/services/measures/refresh-measure-alerts.ts) by a primary-key lookup per couple in scope,
// so filtering on them costs no recomputation and no extra statement.
//
// Answers: staff cannot read drafts or private answers through row-level security, so their times
// come from app_staff_response_activity(couple ids), called once per stage. Its rows go into a
// one-row jsonb map ("<assignment>/<partner or ->" -> submitted_at, "<couple>" -> last change), so
// matching an expected answer is a key lookup: no join between two CTEs, whose row estimates the
// planner cannot know and which could otherwise become a nested loop over both.
//
// Returns one row: `total` (couples matching the filters), `rows` (a JSON array, in page order) and
// `showingAll` (whether the scope is every couple in the practice).
import { type SQL, sql } from 'drizzle-orm';
import type { TCaseloadAlertFilter, TCaseloadSort } from './caseload-sorts';

type TCaseloadDirection = 'asc' | 'desc';
export type TCoupleStatus = 'active' | 'paused' | 'closed';

/** Pages are capped here and in the input schema (DESIGN.md section 5). */
export const CASELOAD_MAX_PAGE_SIZE = 50;
/** No client activity for this long makes an active couple "quiet". */
export const QUIET_AFTER_DAYS = 10;

type TCaseloadDashboardParams = {
  practiceId: string;
  /** Only this counselor's (membership id) couples; null: every couple in the practice. */
  counselorId: string | null;
  /**
   * With a counselorId: when that counselor has no couples at all, every couple in the practice
   * instead (an owner or admin who sees clients through others). `showingAll` says which it was.
   */
  everyoneIfNoneOwn?: boolean;
  /** Only couples with a partner whose name contains this (case-insensitive); empty: no filter. */
  search?: string;
  /** null: every status. */
  status: TCoupleStatus | null;
  sort: TCaseloadSort;
  direction: TCaseloadDirection;
  filters: {
    overdueOnly: boolean;
    quietOnly: boolean;
    unsignedNotesOnly: boolean;
    /** Only couples with a measure alert (any, or this one); null: no filter. */
    measureAlert?: TCaseloadAlertFilter | null;
  };
  /** limit is clamped to 1..CASELOAD_MAX_PAGE_SIZE. */
  page: { limit: number; offset: number };
  /** "Now": sessions before it are past, the practice's calendar date at it is "today". */
  now: Date;
};

/** One element of `rows`, as JSON (timestamps are ISO strings, dates 'YYYY-MM-DD'). */
export type TCaseloadDashboardJsonRow = {
  id: string;
  status: TCoupleStatus;
  counselorId: string;
  counselorName: string;
  createdAt: string;
  nextSessionAt: string | null;
  lastSessionAt: string | null;
  homeworkDue: number;
  overdue: number;
  unsignedNotes: number;
  lastActivityAt: string | null;
  quiet: boolean;
  partners: { partnerId: string; name: string; overdue: number; completedSinceLastSession: number }[];
  /** Safety flags nobody has acknowledged yet, and whether the couple is on safety hold. */
  openSafetyFlags: number;
  safetyHold: boolean;
  /** Measure alerts (couple_measure_alerts, kept in step with the answers and the practice's thresholds). */
  notImproving: boolean;
  worse: boolean;
  allianceSplit: boolean;
};

type Group = 'sessions' | 'notes' | 'name' | 'homework';
/** Stage B computes these for the page when stage A did not (the couple name is only a sort key). */
const PAGE_GROUPS: Group[] = ['sessions', 'notes', 'homework'];

const SORT_GROUP: Record<TCaseloadSort, Group> = {
  'next-session': 'sessions',
  'last-session': 'sessions',
  overdue: 'homework',
  name: 'name',
  'last-activity': 'homework',
};

const SORT_COLUMN: Record<TCaseloadSort, string> = {
  'next-session': 'next_session_at',
  'last-session': 'last_session_at',
  overdue: 'overdue_assignments',
  name: 'lower(couple_name)',
  'last-activity': 'last_activity_at',
};

const ALERT_WHERE: Record<TCaseloadAlertFilter, SQL> = {
  any: sql`(not_improving or worse or alliance_split)`,
  'not-improving': sql`not_improving`,
  worse: sql`worse`,
  'alliance-split': sql`alliance_split`,
};

/** The groups stage A computes for the whole scope: what sorting and filtering need, nothing more. */
function stageAGroups(params: TCaseloadDashboardParams): Set<Group> {
  const groups = new Set<Group>([SORT_GROUP[params.sort]]);
  if (params.filters.overdueOnly || params.filters.quietOnly) groups.add('homework');
  if (params.filters.unsignedNotesOnly) groups.add('notes');
  return groups;
}

export function caseloadDashboardSql(params: TCaseloadDashboardParams): SQL {
  const { practiceId: p, filters } = params;
  const limit = Math.min(Math.max(Math.trunc(params.page.limit), 1), CASELOAD_MAX_PAGE_SIZE);
  const offset = Math.max(Math.trunc(params.page.offset), 0);
  const inA = stageAGroups(params);
  const inB = new Set(PAGE_GROUPS.filter((g) => !inA.has(g)));
  // The page's couples are in scope, so stage A's answer map (if it made one) serves stage B too.
  const pageMap = inA.has('homework') ? 'a_map' : 'b_map';

  const direction = sql.raw(params.direction === 'desc' ? 'desc' : 'asc');
  // Couples without the figure (no next session, never active) go last either way; then the
  // newest couple first, and the id so that pages never overlap.
  const orderBy = sql`${sql.raw(SORT_COLUMN[params.sort])} ${direction} nulls last, created_at desc, id`;

  const own = params.counselorId;
  // Whether the scope is the whole practice, decided inside the statement (no extra round trip).
  const everyone = own
    ? params.everyoneIfNoneOwn
      ? sql`not exists (select 1 from couples o where o.practice_id = ${p} and o.counselor_id = ${own})`
      : sql`false`
    : sql`true`;
  const search = params.search?.trim().toLowerCase() ?? '';

  const where = [
    filters.overdueOnly ? sql`overdue_assignments > 0` : undefined,
    filters.quietOnly ? sql`quiet` : undefined,
    filters.unsignedNotesOnly ? sql`unsigned_notes > 0` : undefined,
    filters.measureAlert ? ALERT_WHERE[filters.measureAlert] : undefined,
  ].filter((x): x is SQL => x !== undefined);

  return sql`with
params as (
  select ${params.now.toISOString()}::timestamptz as now,
    (${params.now.toISOString()}::timestamptz at time zone pr.time_zone)::date as today,
    ${everyone} as everyone
  from practices pr where pr.id = ${p}
),
scope as (
  select c.id, c.status, c.counselor_id, c.created_at,
    coalesce(ma.not_improving, false) as not_improving, coalesce(ma.worse, false) as worse,
    coalesce(ma.alliance_split, false) as alliance_split
  from couples c
  left join couple_measure_alerts ma on ma.practice_id = ${p} and ma.couple_id = c.id
  where c.practice_id = ${p}${
    own
      ? params.everyoneIfNoneOwn
        ? sql` and (c.counselor_id = ${own} or (select everyone from params))`
        : sql` and c.counselor_id = ${own}`
      : sql``
  }${params.status ? sql` and c.status = ${params.status}` : sql``}${
    search
      ? sql` and exists (select 1 from partners sp where sp.practice_id = ${p} and sp.couple_id = c.id
      and strpos(lower(sp.display_name), ${search}) > 0)`
      : sql``
  }
),
${inA.has('homework') ? sql`${answerMap('a', sql.raw('scope'))},\n` : sql``}a_full as (
  ${figures(sql.raw('scope'), inA, inA.has('homework') ? 'a_map' : null, p)}
),
keyed as (
  select * from a_full${where.length > 0 ? sql` where ${sql.join(where, sql` and `)}` : sql``}
),
page as (
  select keyed.*, row_number() over (order by ${orderBy}) as ord
  from keyed order by ${orderBy} limit ${limit} offset ${offset}
),
${pageMap === 'b_map' ? sql`${answerMap('b', sql.raw('page'))},\n` : sql``}b_base as (
  ${figures(sql.raw('page'), inB, pageMap, p)}
),
b_full as (
  select b.*, ${partnerFigures(p)} as partners
  from b_base b cross join params pr cross join ${sql.raw(pageMap)} m
)
select (select count(*) from keyed)::int as total,
  coalesce((
    select json_agg(json_build_object(
      'id', f.id, 'status', f.status, 'counselorId', f.counselor_id,
      'counselorName', (select u.name from memberships ms join users u on u.id = ms.user_id
        where ms.practice_id = ${p} and ms.id = f.counselor_id),
      'createdAt', f.created_at,
      'nextSessionAt', f.next_session_at, 'lastSessionAt', f.last_session_at,
      'homeworkDue', f.homework_due, 'overdue', f.overdue_assignments,
      'unsignedNotes', f.unsigned_notes, 'lastActivityAt', f.last_activity_at, 'quiet', f.quiet,
      'partners', f.partners,
      'openSafetyFlags', (select count(*) from safety_flags sf
        where sf.practice_id = ${p} and sf.couple_id = f.id and sf.acknowledged_at is null)::int,
      'safetyHold', exists (select 1 from couple_safety_settings ss
        where ss.practice_id = ${p} and ss.couple_id = f.id and ss.hold_placed_at is not null),
      'notImproving', f.not_improving, 'worse', f.worse, 'allianceSplit', f.alliance_split
    ) order by f.ord)
    from b_full f
  ), '[]'::json) as rows,
  (select everyone from params) as showing_all`;
}

/** `<stage>_map`: one row, one jsonb object with the answer times of the couples in `source`. */
function answerMap(stage: 'a' | 'b', source: SQL): SQL {
  return sql`${sql.raw(stage)}_resp as (
  select * from app_staff_response_activity(array(select id from ${source}))
),
${sql.raw(stage)}_map as (
  select coalesce(jsonb_object_agg(e.k, e.v), '{}'::jsonb) as map from (
    select r.assignment_id::text || '/' || coalesce(r.partner_id::text, '-') as k, to_jsonb(r.submitted_at) as v
    from ${sql.raw(stage)}_resp r
    union all
    select r.couple_id::text, to_jsonb(max(r.updated_at)) from ${sql.raw(stage)}_resp r group by r.couple_id
  ) e
)`;
}

/**
 * When the answer an assignment `a` expects from partner `pa` was sent (null: not yet). An exercise
 * done together expects one shared answer, which counts for both partners.
 */
const submittedAt = sql`(m.map ->> (a.id::text || '/' || case when a.content->>'participation' = 'together' then '-' else pa.id::text end))::timestamptz`;

/** `source` rows (alias s) with the figures of `groups` added. */
function figures(source: SQL, groups: Set<Group>, map: string | null, p: string): SQL {
  const columns: SQL[] = [];
  const joins: SQL[] = [sql`cross join params pr`];
  if (groups.has('sessions')) {
    columns.push(sql`(select min(cs.starts_at) from counseling_sessions cs
      where cs.practice_id = ${p} and cs.couple_id = s.id
        and cs.status = 'scheduled' and cs.starts_at > pr.now) as next_session_at`);
    columns.push(sql`(select max(cs.starts_at) from counseling_sessions cs
      where cs.practice_id = ${p} and cs.couple_id = s.id
        and cs.status <> 'cancelled' and cs.starts_at <= pr.now) as last_session_at`);
  }
  if (groups.has('notes')) {
    // Notes not yet signed, and attended sessions nobody has started a note for.
    columns.push(sql`((select count(*) from session_notes n
        where n.practice_id = ${p} and n.couple_id = s.id and n.signed_at is null)
      + (select count(*) from counseling_sessions cs
        where cs.practice_id = ${p} and cs.couple_id = s.id and cs.status = 'attended'
          and not exists (select 1 from session_notes n
            where n.practice_id = ${p} and n.session_id = cs.id)))::int as unsigned_notes`);
  }
  if (groups.has('name')) {
    columns.push(sql`(select string_agg(pa.display_name, ' & ' order by pa.position) from partners pa
      where pa.practice_id = ${p} and pa.couple_id = s.id) as couple_name`);
  }
  if (groups.has('homework') && map) {
    joins.push(sql`cross join ${sql.raw(map)} m`);
    // Open homework: not cancelled and some expected answer not sent yet; overdue once its due
    // date is before the practice's today, due otherwise.
    joins.push(sql`cross join lateral (
      select count(*) filter (where t.due_on < pr.today and not t.done)::int as overdue_assignments,
        count(*) filter (where t.due_on >= pr.today and not t.done)::int as homework_due
      from (
        select a.due_on, bool_and(${submittedAt} is not null) as done
        from assignments a
        join partners pa on pa.practice_id = ${p} and pa.couple_id = a.couple_id
          and (a.partner_id is null or a.partner_id = pa.id)
        where a.practice_id = ${p} and a.couple_id = s.id and a.cancelled_at is null
        group by a.id, a.due_on
      ) t
    ) hw`);
    columns.push(sql`hw.overdue_assignments, hw.homework_due`);
    const lastActivity = sql`(m.map ->> s.id::text)::timestamptz`;
    columns.push(sql`${lastActivity} as last_activity_at`);
    columns.push(
      sql`(s.status = 'active' and coalesce(${lastActivity}, s.created_at) < pr.now - ${sql.raw(
        `interval '${QUIET_AFTER_DAYS} days'`,
      )}) as quiet`,
    );
  }
  return sql`select s.*${columns.length > 0 ? sql`, ${sql.join(columns, sql`, `)}` : sql``}
  from ${source} s ${sql.join(joins, sql` `)}`;
}

/** Per partner, for the couple in row b: overdue answers and answers sent since the last session. */
function partnerFigures(p: string): SQL {
  return sql`(select json_agg(json_build_object(
      'partnerId', pa.id, 'name', pa.display_name,
      'overdue', w.overdue, 'completedSinceLastSession', w.completed
    ) order by pa.position)
    from partners pa
    cross join lateral (
      select count(*) filter (where a.due_on < pr.today and x.submitted_at is null)::int as overdue,
        count(*) filter (where x.submitted_at > coalesce(b.last_session_at, '-infinity'))::int as completed
      from assignments a
      cross join lateral (select ${submittedAt} as submitted_at) x
      where a.practice_id = ${p} and a.couple_id = pa.couple_id and a.cancelled_at is null
        and (a.partner_id is null or a.partner_id = pa.id)
    ) w
    where pa.practice_id = ${p} and pa.couple_id = b.id)`;
}
