// What identifies a practice's data, read from the database (system connection): the ids and the
// words (names, emails, tokens...) in its rows, for tests that check a response leaks none of them.
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { queryRows } from './sql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T/;

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

/** Every string value in a practice's rows: its tenant tables, its own row and its members' users. */
async function stringsOf(db: Db, practiceId: string): Promise<Set<string>> {
  const rows: unknown[] = [];
  for (const name of await tenantTableNames(db)) {
    const t = sql.identifier(name);
    rows.push(
      ...(await queryRows(db, sql`select row_to_json(x) as r from ${t} x where practice_id = ${practiceId}`)),
    );
  }
  rows.push(
    ...(await queryRows(db, sql`select row_to_json(x) as r from practices x where id = ${practiceId}`)),
    ...(await queryRows(
      db,
      sql`select row_to_json(x) as r from users x
        where id in (select user_id from memberships where practice_id = ${practiceId})`,
    )),
  );
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') found.add(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  rows.forEach(walk);
  return found;
}

export type Markers = { ids: string[]; words: string[] };

/**
 * What belongs to `practiceId` and to none of `others`: its ids, and its words of six characters
 * or more (shared values such as 'active' or a user agent are left out, as are timestamps).
 */
export async function markersOf(db: Db, practiceId: string, others: string[]): Promise<Markers> {
  const own = await stringsOf(db, practiceId);
  const shared = new Set<string>();
  for (const other of others) for (const s of await stringsOf(db, other)) shared.add(s.toLowerCase());
  const mine = [...own].filter((s) => !shared.has(s.toLowerCase()));
  return {
    ids: mine.filter((s) => UUID.test(s)),
    words: mine.filter((s) => !UUID.test(s) && !TIMESTAMP.test(s) && s.length >= 6),
  };
}

/** The markers that appear anywhere in a value (as JSON, case-insensitive). */
export function leaksIn(value: unknown, markers: Markers): string[] {
  const text = (JSON.stringify(value) ?? '').toLowerCase();
  return [...markers.ids, ...markers.words].filter((m) => text.includes(m.toLowerCase()));
}
