// What identifies a practice's data, read from the database (system connection): the ids, words
// (names, emails, tokens...), timestamps and numbers in its rows, for tests that check a response
// leaks none of them; its ids by table, for inputs that name a row of the right kind; and a
// fingerprint of all its rows, for tests that check another practice's call changed none of them.
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { queryRows } from './sql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** Numbers this small turn up in any answer (counts, positions, minutes); only larger ones identify. */
const DISTINCTIVE_NUMBER = 10;

/** Tables in the public schema with a practice_id column, from the catalog. */
export async function tenantTableNames(db: Db): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    db,
    sql`select c.relname as name from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
      join pg_attribute a on a.attrelid = c.oid and a.attname = 'practice_id' and not a.attisdropped
      where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`,
  );
  return rows.map((r) => r.name);
}

/** Tables keyed by a person with no practice_id (preferences, two-factor...): the members' rows belong to the practice too. */
async function personTableNames(db: Db): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    db,
    sql`select c.relname as name from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
      join pg_attribute a on a.attrelid = c.oid and a.attname = 'user_id' and not a.attisdropped
      where n.nspname = 'public' and c.relkind in ('r', 'p')
        and not exists (select 1 from pg_attribute p where p.attrelid = c.oid and p.attname = 'practice_id')
      order by 1`,
  );
  return rows.map((r) => r.name);
}

const membersOf = (practiceId: string) =>
  sql`(select user_id from memberships where practice_id = ${practiceId})`;

/** The catalog does not change during a test file: read it once per database. */
const tablesOf = new WeakMap<Db, Promise<{ tenant: string[]; person: string[] }>>();

function tables(db: Db) {
  let found = tablesOf.get(db);
  if (!found) {
    found = Promise.all([tenantTableNames(db), personTableNames(db)]).then(([tenant, person]) => ({
      tenant,
      person,
    }));
    tablesOf.set(db, found);
  }
  return found;
}

/** One select per table: the practice's rows, its own practices row and its members' users and per-person rows. */
async function rowSources(db: Db, practiceId: string): Promise<{ table: string; rows: SQL }[]> {
  const { tenant, person } = await tables(db);
  const sources = tenant.map((name) => ({
    table: name,
    rows: sql`select * from ${sql.identifier(name)} where practice_id = ${practiceId}`,
  }));
  sources.push(
    { table: 'practices', rows: sql`select * from practices where id = ${practiceId}` },
    { table: 'users', rows: sql`select * from users where id in ${membersOf(practiceId)}` },
  );
  for (const name of person)
    sources.push({
      table: name,
      rows: sql`select * from ${sql.identifier(name)} where user_id in ${membersOf(practiceId)}`,
    });
  return sources;
}

async function rowsOf(
  db: Db,
  practiceId: string,
): Promise<{ table: string; row: Record<string, unknown> }[]> {
  const found: { table: string; row: Record<string, unknown> }[] = [];
  for (const { table, rows } of await rowSources(db, practiceId)) {
    const result = await queryRows<{ r: Record<string, unknown> }>(
      db,
      sql`select row_to_json(x) as r from (${rows}) x`,
    );
    for (const { r } of result) found.push({ table, row: r });
  }
  return found;
}

/** Every leaf of a row: strings, timestamps (as ISO strings to the millisecond) and numbers. */
function leavesOf(
  value: unknown,
  into: { strings: Set<string>; timestamps: Set<string>; numbers: Set<number> },
) {
  if (typeof value === 'string') {
    if (TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value)))
      into.timestamps.add(new Date(value).toISOString());
    into.strings.add(value);
  } else if (typeof value === 'number') into.numbers.add(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) leavesOf(v, into);
}

async function leavesOfPractice(db: Db, practiceId: string) {
  const leaves = { strings: new Set<string>(), timestamps: new Set<string>(), numbers: new Set<number>() };
  for (const { row } of await rowsOf(db, practiceId)) leavesOf(row, leaves);
  return leaves;
}

export type Markers = { ids: string[]; words: string[]; timestamps: string[]; numbers: number[] };

/**
 * What belongs to `practiceId` and to none of `others`: its ids, its words of six characters or more
 * (shared values such as 'active' or a user agent are left out), its timestamps (to the millisecond:
 * when its rows were written is its own; whole seconds are left out) and its numbers of 10 or more. Booleans identify nothing on
 * their own; an answer that differs because a foreign row exists is what the tests compare for.
 */
export async function markersOf(db: Db, practiceId: string, others: string[]): Promise<Markers> {
  const own = await leavesOfPractice(db, practiceId);
  const shared = { strings: new Set<string>(), timestamps: new Set<string>(), numbers: new Set<number>() };
  for (const other of others) {
    const theirs = await leavesOfPractice(db, other);
    for (const s of theirs.strings) shared.strings.add(s.toLowerCase());
    for (const s of theirs.timestamps) shared.timestamps.add(s);
    for (const n of theirs.numbers) shared.numbers.add(n);
  }
  const mine = [...own.strings].filter((s) => !shared.strings.has(s.toLowerCase()));
  return {
    ids: mine.filter((s) => UUID.test(s)),
    words: mine.filter((s) => !UUID.test(s) && !TIMESTAMP.test(s) && s.length >= 6),
    // Whole seconds come from clocks outside the database (Stripe's) and meet by chance across practices.
    timestamps: [...own.timestamps].filter((s) => !shared.timestamps.has(s) && !s.endsWith('.000Z')),
    numbers: [...own.numbers].filter((n) => Math.abs(n) >= DISTINCTIVE_NUMBER && !shared.numbers.has(n)),
  };
}

/**
 * The markers that appear anywhere in a value: ids and words inside any string (case-insensitive),
 * timestamps as a Date or a timestamp string at the same millisecond, numbers as equal numbers.
 */
export function leaksIn(value: unknown, markers: Markers): string[] {
  const found = new Set<string>();
  const words = [...markers.ids, ...markers.words].map((m) => m.toLowerCase());
  const timestamps = new Set(markers.timestamps);
  const numbers = new Set(markers.numbers);
  const walk = (v: unknown, key: string): void => {
    if (typeof v === 'string') {
      const text = v.toLowerCase();
      for (const m of words) if (text.includes(m)) found.add(m);
      if (TIMESTAMP.test(v) && timestamps.has(new Date(v).toISOString())) found.add(`${key}: timestamp ${v}`);
    } else if (v instanceof Date) {
      if (!Number.isNaN(v.getTime()) && timestamps.has(v.toISOString()))
        found.add(`${key}: timestamp ${v.toISOString()}`);
    } else if (typeof v === 'number') {
      if (numbers.has(v)) found.add(`${key}: number ${v}`);
    } else if (v instanceof Uint8Array) {
      walk(Buffer.from(v).toString('latin1'), key);
    } else if (v && typeof v === 'object') {
      for (const [k, inner] of Object.entries(v)) {
        // Keys are data too (a map keyed by ids).
        walk(k, key);
        walk(inner, k);
      }
    }
  };
  walk(value, '');
  return [...found];
}

/** The practice's ids by table ('users' for its members' accounts), for inputs that name a row of one kind. */
export async function idsByTable(db: Db, practiceId: string): Promise<Record<string, string[]>> {
  const ids: Record<string, string[]> = {};
  for (const { table, row } of await rowsOf(db, practiceId)) {
    if (typeof row.id === 'string') ids[table] = [...(ids[table] ?? []), row.id];
  }
  return ids;
}

/**
 * A fingerprint of everything the practice holds, table by table (an md5 of its rows in a stable
 * order), read as superuser in one statement: equal before and after a call means the call changed
 * none of its rows, added none and deleted none.
 */
export async function snapshotOf(db: Db, practiceId: string): Promise<Record<string, string>> {
  const parts = (await rowSources(db, practiceId)).map(
    ({ table, rows }) =>
      sql`select ${table}::text as t, count(*)::int || ':' || coalesce(md5(string_agg(x::text, '|' order by x::text)), '') as h from (${rows}) x`,
  );
  const result = await queryRows<{ t: string; h: string }>(db, sql.join(parts, sql` union all `));
  return Object.fromEntries(result.map((r) => [r.t, r.h]));
}
