// Reads one entity of one practice for the export, on the worker's connection (which bypasses
// row-level security): every statement names the practice explicitly. Rows come back as Postgres
// writes them with row_to_json (snake_case keys, ISO timestamps), the same on both drivers.
import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '@/db/client';
import type { ExportRow, ExportRule } from './export-registry';

type RowsRule = Extract<ExportRule, { kind: 'rows' }>;

export async function readTableRows(
  db: DbOrTx,
  table: string,
  rule: RowsRule,
  practiceId: string,
): Promise<ExportRow[]> {
  const stored = await queryRows<{ r: ExportRow }>(
    db,
    sql`select row_to_json(x) as r from ${sql.identifier(table)} x
      where x.practice_id = ${practiceId} order by x.${sql.identifier(rule.orderBy)}`,
  );
  return stored.map(({ r }) => {
    const opened = rule.open ? rule.open(practiceId, r) : r;
    return Object.fromEntries(Object.entries(opened).filter(([key]) => !rule.omit.includes(key)));
  });
}

/** The table's columns as the catalog lists them, for the header of an empty CSV. */
export async function tableColumns(db: DbOrTx, table: string, rule: RowsRule): Promise<string[]> {
  const columns = await queryRows<{ name: string }>(
    db,
    sql`select column_name as name from information_schema.columns
      where table_schema = 'public' and table_name = ${table} order by ordinal_position`,
  );
  return columns.map((c) => c.name).filter((name) => !rule.omit.includes(name));
}

/** The practice itself and the people in it (no password hashes: users hold sign-in secrets). */
export async function readContextRows(db: DbOrTx, practiceId: string) {
  const practice = await queryRows<{ r: ExportRow }>(
    db,
    sql`select row_to_json(x) as r from practices x where x.id = ${practiceId}`,
  );
  const people = await queryRows<{ r: ExportRow }>(
    db,
    sql`select json_build_object('id', u.id, 'name', u.name, 'email', u.email,
        'created_at', u.created_at, 'deactivated_at', u.deactivated_at) as r
      from users u
      where u.id in (select m.user_id from memberships m where m.practice_id = ${practiceId})
      order by u.id`,
  );
  return { practice: practice.map((x) => x.r), people: people.map((x) => x.r) };
}
