// The caseload dashboard as ONE SQL statement, whatever the caseload size. The bench runs exactly
// this statement on a bare postgres.js server, so it takes plain parameters and returns plain SQL.
//
// It must run inside a tenant transaction (db/tenant.ts withTenant: app.practice_id, app.user_id
// and the app role): row-level security applies, and app_staff_response_activity() answers only
// for the practice and staff member set there.
//
// Shape: the couples in scope (index couples_practice_counselor_idx), then two stages. Stage A
// computes, for every couple in scope, only the figures the sort and filters need; the page is cut
// from it; stage B computes the remaining figures for the page's couples only. Per-couple figures
// are index probes leading with practice_id (sessions, notes, partners) or one set-based lookup
// for all couples of a stage (assignments by couple_id = any(...), responses through the function).
//
// Returns one row: `total` (couples matching the filters) and `rows` (a JSON array, in page order).
import { type SQL, sql } from 'drizzle-orm';

export const CASELOAD_SORTS = ['next-session', 'last-session', 'overdue', 'name', 'last-activity'] as const;
export type TCaseloadSort = (typeof CASELOAD_SORTS)[number];
export type TCaseloadDirection = 'asc' | 'desc';
export type TCoupleStatus = 'active' | 'paused' | 'closed';

/** Pages are capped here and in the input schema (DESIGN.md section 5). */
export const CASELOAD_MAX_PAGE_SIZE = 50;
/** No client activity for this long makes an active couple "quiet". */
export const QUIET_AFTER_DAYS = 10;

export type TCaseloadDashboardParams = {
  practiceId: string;
  /** Only this counselor's (membership id) couples; null: every couple in the practice. */
  counselorId: string | null;
  /** null: every status. */
  status: TCoupleStatus | null;
  sort: TCaseloadSort;
  direction: TCaseloadDirection;
  filters: { overdueOnly: boolean; quietOnly: boolean; unsignedNotesOnly: boolean };
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
};

const ALL_GROUPS = ['sessions', 'notes', 'name', 'homework'] as const;
type Group = (typeof ALL_GROUPS)[number];

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

/** The groups stage A computes for the whole scope: what sorting and filtering need, nothing more. */
function stageAGroups(params: TCaseloadDashboardParams): Set<Group> {
  const groups = new Set<Group>([SORT_GROUP[params.sort]]);
  if (params.filters.overdueOnly || params.filters.quietOnly) groups.add('homework');
  if (params.filters.unsignedNotesOnly) groups.add('notes');
  // Homework's "completed since the last session" needs the last session.
  if (groups.has('homework')) groups.add('sessions');
  return groups;
}

export function caseloadDashboardSql(params: TCaseloadDashboardParams): SQL {
  const { practiceId, filters } = params;
  const limit = Math.min(Math.max(Math.trunc(params.page.limit), 1), CASELOAD_MAX_PAGE_SIZE);
  const offset = Math.max(Math.trunc(params.page.offset), 0);
  const inA = stageAGroups(params);
  const inB = new Set(ALL_GROUPS.filter((g) => !inA.has(g)));

  const direction = sql.raw(params.direction === 'desc' ? 'desc' : 'asc');
  // Couples without the figure (no next session, never active) go last either way; then the
  // newest couple first, and the id so that pages never overlap.
  const orderBy = sql`${sql.raw(SORT_COLUMN[params.sort])} ${direction} nulls last, created_at desc, id`;

  const where = [
    filters.overdueOnly ? sql`overdue_assignments > 0` : undefined,
    filters.quietOnly ? sql`quiet` : undefined,
    filters.unsignedNotesOnly ? sql`unsigned_notes > 0` : undefined,
  ].filter((x): x is SQL => x !== undefined);

  return sql`with
params as (
  select ${params.now.toISOString()}::timestamptz as now,
    (${params.now.toISOString()}::timestamptz at time zone p.time_zone)::date as today
  from practices p where p.id = ${practiceId}
),
scope as (
  select c.id, c.status, c.counselor_id, c.created_at
  from couples c
  where c.practice_id = ${practiceId}${params.counselorId ? sql` and c.counselor_id = ${params.counselorId}` : sql``}${params.status ? sql` and c.status = ${params.status}` : sql``}
),
${stage('a', sql.raw('scope'), inA, practiceId)},
keyed as (
  select * from a_full${where.length > 0 ? sql` where ${sql.join(where, sql` and `)}` : sql``}
),
page as (
  select keyed.*, row_number() over (order by ${orderBy}) as ord
  from keyed order by ${orderBy} limit ${limit} offset ${offset}
),
${stage('b', sql.raw('page'), inB, practiceId)}
select (select count(*) from keyed)::int as total,
  coalesce((
    select json_agg(json_build_object(
      'id', f.id, 'status', f.status, 'counselorId', f.counselor_id,
      'counselorName', (select u.name from memberships m join users u on u.id = m.user_id
        where m.practice_id = ${practiceId} and m.id = f.counselor_id),
      'createdAt', f.created_at,
      'nextSessionAt', f.next_session_at, 'lastSessionAt', f.last_session_at,
      'homeworkDue', f.homework_due, 'overdue', f.overdue_assignments,
      'unsignedNotes', f.unsigned_notes, 'lastActivityAt', f.last_activity_at, 'quiet', f.quiet,
      'partners', f.partners
    ) order by f.ord)
    from b_full f
  ), '[]'::json) as rows`;
}

/**
 * `<p>_base` adds the per-couple figures of `groups` that are index probes; when `homework` is in
 * `groups`, the homework CTEs follow and `<p>_full` joins them in (else `<p>_full` is the base).
 */
function stage(p: 'a' | 'b', source: SQL, groups: Set<Group>, practiceId: string): SQL {
  const name = (suffix: string) => sql.raw(`${p}_${suffix}`);
  const columns: SQL[] = [];
  if (groups.has('sessions')) {
    columns.push(sql`(select min(cs.starts_at) from counseling_sessions cs
      where cs.practice_id = ${practiceId} and cs.couple_id = s.id
        and cs.status = 'scheduled' and cs.starts_at > pr.now) as next_session_at`);
    columns.push(sql`(select max(cs.starts_at) from counseling_sessions cs
      where cs.practice_id = ${practiceId} and cs.couple_id = s.id
        and cs.status <> 'cancelled' and cs.starts_at <= pr.now) as last_session_at`);
  }
  if (groups.has('notes')) {
    // Drafts not yet signed, and attended sessions nobody has started a note for.
    columns.push(sql`((select count(*) from session_notes n
        where n.practice_id = ${practiceId} and n.couple_id = s.id and n.signed_at is null)
      + (select count(*) from counseling_sessions cs
        where cs.practice_id = ${practiceId} and cs.couple_id = s.id and cs.status = 'attended'
          and not exists (select 1 from session_notes n
            where n.practice_id = ${practiceId} and n.session_id = cs.id)))::int as unsigned_notes`);
  }
  if (groups.has('name')) {
    columns.push(sql`(select string_agg(pa.display_name, ' & ' order by pa.position) from partners pa
      where pa.practice_id = ${practiceId} and pa.couple_id = s.id) as couple_name`);
  }
  const base = sql`${name('base')} as (
  select s.*${columns.length > 0 ? sql`, ${sql.join(columns, sql`, `)}` : sql``}
  from ${source} s cross join params pr
)`;
  if (!groups.has('homework'))
    return sql`${base},
${name('full')} as (select * from ${name('base')})`;

  const ids = sql`array(select id from ${name('base')})`;
  return sql`${base},
${name('resp')} as (
  select * from app_staff_response_activity(${ids})
),
${name('partner')} as (
  select pa.couple_id, pa.id, pa.position, pa.display_name from partners pa
  where pa.practice_id = ${practiceId} and pa.couple_id = any(${ids})
),
${name('slot')} as (
  -- One row per answer expected: each partner an assignment is for; an exercise done together
  -- expects one shared answer, which counts for both partners.
  select a.couple_id, a.id as assignment_id, pa.id as partner_id, a.due_on, r.submitted_at
  from assignments a
  join ${name('partner')} pa on pa.couple_id = a.couple_id and (a.partner_id is null or a.partner_id = pa.id)
  left join ${name('resp')} r on r.assignment_id = a.id
    and r.partner_id is not distinct from (case when a.content->>'participation' = 'together' then null else pa.id end)
  where a.practice_id = ${practiceId} and a.couple_id = any(${ids}) and a.cancelled_at is null
),
${name('by_partner')} as (
  select pa.couple_id, json_agg(json_build_object(
      'partnerId', pa.id, 'name', pa.display_name,
      'overdue', coalesce(w.overdue, 0), 'completedSinceLastSession', coalesce(w.completed, 0)
    ) order by pa.position) as partners
  from ${name('partner')} pa
  left join (
    select sl.couple_id, sl.partner_id,
      count(*) filter (where sl.due_on < pr.today and sl.submitted_at is null)::int as overdue,
      count(*) filter (where sl.submitted_at > coalesce(b.last_session_at, '-infinity'))::int as completed
    from ${name('slot')} sl join ${name('base')} b on b.id = sl.couple_id cross join params pr
    group by sl.couple_id, sl.partner_id
  ) w on w.couple_id = pa.couple_id and w.partner_id = pa.id
  group by pa.couple_id
),
${name('by_couple')} as (
  select sl.couple_id,
    count(distinct sl.assignment_id) filter (where sl.due_on < pr.today and sl.submitted_at is null)::int as overdue,
    count(distinct sl.assignment_id) filter (where sl.due_on >= pr.today and sl.submitted_at is null)::int as due
  from ${name('slot')} sl cross join params pr
  group by sl.couple_id
),
${name('activity')} as (
  select r.couple_id, max(r.updated_at) as at from ${name('resp')} r group by r.couple_id
),
${name('full')} as (
  select b.*,
    coalesce(c.overdue, 0) as overdue_assignments,
    coalesce(c.due, 0) as homework_due,
    act.at as last_activity_at,
    (b.status = 'active' and coalesce(act.at, b.created_at) < pr.now - ${sql.raw(`interval '${QUIET_AFTER_DAYS} days'`)})
      as quiet,
    coalesce(bp.partners, '[]'::json) as partners
  from ${name('base')} b cross join params pr
  left join ${name('by_couple')} c on c.couple_id = b.id
  left join ${name('activity')} act on act.couple_id = b.id
  left join ${name('by_partner')} bp on bp.couple_id = b.id
)`;
}
