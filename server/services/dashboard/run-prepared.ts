// Runs one hand-written statement as a prepared statement. drizzle prepares only queries given a
// name (`tx.execute(sql…)` runs unprepared on postgres.js, so Postgres plans it on every call);
// naming it here makes postgres.js prepare it once per connection and reuse the plan. PGlite
// accepts the same call. Rows come back as arrays of column values on both drivers.
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Tx } from '@/db/client';

const dialect = new PgDialect();

export function runPrepared(tx: Tx, name: string, statement: SQL): Promise<unknown[][]> {
  const query = dialect.sqlToQuery(statement);
  return tx._.session
    .prepareQuery<{ execute: unknown[][]; all: unknown; values: unknown }>(
      query,
      undefined,
      name,
      true,
      (rows) => rows,
    )
    .execute();
}
