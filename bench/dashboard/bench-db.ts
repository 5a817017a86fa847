// The bench's databases: created when missing, migrated with the project's migrator, and seeded
// once with set-based SQL as the database owner (RLS is forced on tenant tables, so seeding needs
// a superuser or a BYPASSRLS role). A comment on the database marks a finished seed, so later runs
// reuse it; a database that holds other data is never touched.
import postgres from 'postgres';
import { connectPostgres } from '@/db/client';
import { migrate } from '@/db/migrate';

type SeedShape = {
  practices: number;
  couplesPerPractice: number;
  /** Counselors of practice i (1-based). */
  counselorsFor: (practice: number) => number;
  assignmentsPerCouple: number;
  pastSessionsPerCouple: number;
};

/**
 * Every practice's first counselor has the first BENCHED_CASELOAD couples (the rest are shared by
 * the other counselors): the benched counselor's caseload is the same in both databases, so the
 * dashboard's p50 compares database sizes, not caseload sizes.
 */
const BENCHED_CASELOAD = 100;

export const LARGE: SeedShape = {
  practices: 100,
  couplesPerPractice: 1000,
  counselorsFor: (p) => 3 + (p % 3),
  assignmentsPerCouple: 6,
  pastSessionsPerCouple: 4,
};

export const SMALL: SeedShape = {
  practices: 1,
  couplesPerPractice: BENCHED_CASELOAD,
  counselorsFor: () => 1,
  assignmentsPerCouple: 6,
  pastSessionsPerCouple: 4,
};

const SEED_VERSION = 2;

function markerFor(shape: SeedShape): string {
  return `ninefold bench seed v${SEED_VERSION}: ${shape.practices} practices x ${shape.couplesPerPractice} couples`;
}

function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

export function siblingUrl(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function ensureDatabase(url: string): Promise<void> {
  const admin = postgres(siblingUrl(url, 'postgres'), { max: 1, onnotice: () => {} });
  try {
    const name = databaseName(url);
    const [found] = await admin`select 1 from pg_database where datname = ${name}`;
    if (!found) await admin.unsafe(`create database "${name.replaceAll('"', '""')}"`);
  } finally {
    await admin.end();
  }
}

type Counts = Record<'practices' | 'couples' | 'assignments' | 'responses' | 'sessions' | 'notes', number>;

async function countRows(sql: postgres.Sql): Promise<Counts> {
  const [row] = await sql<[Counts]>`
    select (select count(*) from practices)::int as practices,
           (select count(*) from couples)::int as couples,
           (select count(*) from assignments)::int as assignments,
           (select count(*) from responses)::int as responses,
           (select count(*) from counseling_sessions)::int as sessions,
           (select count(*) from session_notes)::int as notes`;
  return row;
}

/** Creates, migrates and seeds `url` unless it already carries this shape's marker. */
export async function prepareBenchDb(
  url: string,
  shape: SeedShape,
  log: (line: string) => void,
): Promise<{ seededNow: boolean; seconds: number; counts: Counts }> {
  await ensureDatabase(url);
  const handle = connectPostgres(url, { max: 1 });
  if (handle.driver !== 'postgres') throw new Error('unreachable');
  const { sql } = handle;
  try {
    const marker = markerFor(shape);
    const [current] = await sql<[{ comment: string | null }]>`
      select shobj_description(oid, 'pg_database') as comment from pg_database where datname = current_database()`;
    const reuse = current.comment === marker;
    if (!reuse) {
      const [{ migrated }] = await sql<[{ migrated: boolean }]>`
        select to_regclass('public.practices') is not null as migrated`;
      const n = migrated ? (await sql<[{ n: number }]>`select count(*)::int as n from practices`)[0].n : 0;
      if (n > 0) {
        throw new Error(
          `${databaseName(url)} already holds ${n} practices but no finished bench seed (${current.comment ?? 'no marker'}). ` +
            'The bench never changes a database it did not seed: point DATABASE_URL at a new database name.',
        );
      }
    }
    // Also on reuse: a seeded database picks up migrations added since.
    const started = performance.now();
    await migrate(handle);
    if (reuse) return { seededNow: false, seconds: 0, counts: await countRows(sql) };
    await seed(sql, shape, log);
    await sql.unsafe(`comment on database "${databaseName(url).replaceAll('"', '""')}" is '${marker}'`);
    const seconds = (performance.now() - started) / 1000;
    return { seededNow: true, seconds, counts: await countRows(sql) };
  } finally {
    await handle.close();
  }
}

async function seed(sql: postgres.Sql, shape: SeedShape, log: (line: string) => void): Promise<void> {
  const counselorCounts = Array.from({ length: shape.practices }, (_, i) => shape.counselorsFor(i + 1));
  await sql.begin(async (tx) => {
    const run = async (label: string, statement: string) => {
      const t = performance.now();
      const result = await tx.unsafe(statement);
      log(`  ${label}: ${result.count} rows, ${((performance.now() - t) / 1000).toFixed(1)} s`);
    };
    await tx.unsafe('select setseed(0.42)');
    // The generated rows are consistent by construction: a superuser skips the per-row foreign key
    // checks (about half the seeding time); any other owner seeds with them.
    const [{ superuser }] = await tx<[{ superuser: boolean }]>`
      select rolsuper as superuser from pg_roles where rolname = current_user`;
    if (superuser) await tx.unsafe('set local session_replication_role = replica');
    // Index tables: the seed's own numbering (practice p, staff s, couple c) next to the real ids.
    await tx.unsafe(`
      create temp table bp on commit drop as
      select p, gen_random_uuid() as id, n_counselors
      from unnest('{${counselorCounts.join(',')}}'::int[]) with ordinality as t(n_counselors, p)`);
    await tx.unsafe(`
      create temp table bs on commit drop as
      select bp.p, s, bp.id as practice_id, gen_random_uuid() as user_id, gen_random_uuid() as membership_id,
             (case when s = 0 then 'owner' else 'counselor' end)::membership_role as role
      from bp, generate_series(0, bp.n_counselors) s`);
    await tx.unsafe(`
      create temp table bc on commit drop as
      select bp.p, c, bp.id as practice_id, gen_random_uuid() as id, bs.membership_id as counselor_id,
             (case when c % 20 = 0 then 'closed' when c % 20 = 1 then 'paused' else 'active' end)::couple_status as status,
             now() - make_interval(days => 30 + (c % 300)) as created_at
      from bp cross join generate_series(1, ${shape.couplesPerPractice}) c
      join bs on bs.p = bp.p
        and bs.s = case when c <= ${BENCHED_CASELOAD} then 1 else 2 + (c - 1) % (bp.n_counselors - 1) end`);
    await tx.unsafe(`
      create temp table bpart on commit drop as
      select bc.p, bc.c, pos, bc.practice_id, bc.id as couple_id, gen_random_uuid() as id, gen_random_uuid() as user_id,
             'client-' || bc.p || '-' || bc.c || '-' || pos || '@bench.example' as email,
             (case when pos = 1 then 'Partner A' else 'Partner B' end) || ' ' || bc.p || '.' || bc.c as name
      from bc, generate_series(1, 2) pos`);
    await tx.unsafe('create index on bpart (couple_id, pos)');
    await run(
      'practices',
      `insert into practices (id, name, created_at)
       select id, 'Bench practice ' || lpad(p::text, 3, '0'), now() - interval '2 years' from bp`,
    );
    await run(
      'users',
      `insert into users (id, email, name)
       select user_id, 'staff-' || p || '-' || s || '@bench.example', 'Staff ' || p || '.' || s from bs
       union all
       select user_id, email, name from bpart`,
    );
    await run(
      'memberships',
      `insert into memberships (practice_id, id, user_id, role)
       select practice_id, membership_id, user_id, role from bs
       union all
       select practice_id, gen_random_uuid(), user_id, 'client' from bpart`,
    );
    await run(
      'couples',
      'insert into couples (practice_id, id, counselor_id, status, created_at) select practice_id, id, counselor_id, status, created_at from bc',
    );
    await run(
      'partners',
      `insert into partners (practice_id, id, couple_id, user_id, position, display_name, email)
       select practice_id, id, couple_id, user_id, pos, name, email from bpart`,
    );
    // Homework: weekly assignments, the newest due next week, the rest in the past. About one in
    // ten is for one partner only; one in twenty was cancelled.
    await tx.unsafe(`
      create temp table bex on commit drop as
      select row_number() over (order by key) - 1 as i, id, behavior, kind, title, content,
             content->>'participation' = 'together' as together
      from exercises`);
    await tx.unsafe(`
      create temp table ba on commit drop as
      select bc.practice_id, gen_random_uuid() as id, bc.id as couple_id, bc.counselor_id, k,
             (current_date + 7 - 7 * k) as due_on, bex.id as exercise_id, bex.behavior, bex.kind,
             bex.title, bex.content, bex.together,
             case when not bex.together and random() < 0.1 then (1 + (random() < 0.5)::int) end as only_pos,
             random() < 0.05 as cancelled
      from bc
      cross join generate_series(0, ${shape.assignmentsPerCouple - 1}) k
      join bex on bex.i = (bc.c * 7 + k * 5) % (select count(*) from bex)`);
    await run(
      'assignments',
      `insert into assignments (practice_id, id, couple_id, partner_id, assigned_by_id, exercise_id, behavior, kind,
                                title, content, due_on, cancelled_at, reviewed_at, reviewed_by_id, created_at, updated_at)
       select ba.practice_id, ba.id, ba.couple_id, bpart.id, ba.counselor_id, ba.exercise_id, ba.behavior, ba.kind,
              ba.title, ba.content, ba.due_on,
              case when ba.cancelled then ba.due_on - 3 end,
              case when not ba.cancelled and ba.k >= 2 then ba.due_on + 2 end,
              case when not ba.cancelled and ba.k >= 2 then ba.counselor_id end,
              ba.due_on - 7, ba.due_on - 7
       from ba left join bpart on bpart.couple_id = ba.couple_id and bpart.pos = ba.only_pos`,
    );
    // Answers: one shared slot for exercises done together, else one per partner it is for; most
    // past homework submitted, some drafts, some never started.
    await run(
      'responses',
      `insert into responses (practice_id, id, assignment_id, couple_id, partner_id, status, visibility,
                              body_ciphertext, submitted_at, created_at, updated_at)
       select practice_id, gen_random_uuid(), assignment_id, couple_id, partner_id,
              (case when roll < 0.7 then 'submitted' else 'draft' end)::response_status,
              (case when roll < 0.1 then 'private' when roll < 0.4 then 'couple' else 'counselor' end)::answer_visibility,
              'bench1.' || md5(assignment_id::text || coalesce(partner_id::text, '')) || md5(random()::text),
              case when roll < 0.7 then due_on - 1 end, due_on - 5, due_on - 1
       from (
         select ba.practice_id, ba.id as assignment_id, ba.couple_id, slot.partner_id, ba.due_on,
                random() * (case when ba.k = 0 then 2.5 else 1.2 end) as roll
         from ba
         cross join lateral (
           select null::uuid as partner_id where ba.together
           union all
           select bpart.id from bpart
           where not ba.together and bpart.couple_id = ba.couple_id and (ba.only_pos is null or bpart.pos = ba.only_pos)
         ) slot
         where not ba.cancelled
       ) s
       where roll < 1`,
    );
    // Sessions: weekly in the past (most attended), and the next one booked.
    await tx.unsafe(`
      create temp table bsess on commit drop as
      select bc.practice_id, gen_random_uuid() as id, bc.id as couple_id, bc.counselor_id, k,
             date_trunc('hour', now()) + make_interval(days => (bc.c % 7) + 1 - 7 * k, hours => bc.c % 8) as starts_at,
             (case when k = 0 then 'scheduled' when random() < 0.85 then 'attended'
                   when random() < 0.5 then 'no-show' else 'cancelled' end)::session_status as status
      from bc cross join generate_series(0, ${shape.pastSessionsPerCouple}) k
      where bc.status <> 'closed' or k > 0`);
    await run(
      'counseling sessions',
      `insert into counseling_sessions (practice_id, id, couple_id, counselor_id, starts_at, duration_minutes, format,
                                        location, status, created_by_id, created_at, updated_at)
       select practice_id, id, couple_id, counselor_id, starts_at, 50,
              (case when k % 2 = 0 then 'video' else 'in-person' end)::session_format,
              case when k % 2 = 0 then 'https://meet.example/bench' else 'Room 2' end,
              status, counselor_id, starts_at - interval '7 days', starts_at - interval '7 days'
       from bsess`,
    );
    // A note for every attended session; the latest is still unsigned for about a third of couples.
    await run(
      'session notes',
      `insert into session_notes (practice_id, id, session_id, couple_id, author_id, template, content_ciphertext,
                                  signed_at, created_at, updated_at)
       select practice_id, gen_random_uuid(), id, couple_id, counselor_id, 'dap',
              'bench1.' || md5(id::text) || md5(random()::text) || md5(random()::text),
              case when k = 1 and random() < 0.33 then null else starts_at + interval '1 day' end,
              starts_at + interval '1 hour', starts_at + interval '1 hour'
       from bsess where status = 'attended'`,
    );
  });
  const t = performance.now();
  await sql.unsafe('analyze');
  log(`  analyze: ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
