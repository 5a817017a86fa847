// The same test database through a drizzle instance that counts every statement it sends, so a
// test can show that a procedure issues a fixed number of statements whatever the data size.
import type { Logger } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { Db, DbHandle } from '../db/client';
import * as schema from '../db/schema';

export function countingDb(handle: DbHandle): { db: Db; count: () => number; reset: () => void } {
  let statements = 0;
  const logger: Logger = {
    logQuery: () => {
      statements++;
    },
  };
  const options = { schema, casing: 'snake_case' as const, logger };
  const db = (handle.driver === 'pglite'
    ? drizzlePglite(handle.pglite, options)
    : drizzlePostgres(handle.sql, options)) as unknown as Db;
  return {
    db,
    count: () => statements,
    reset: () => {
      statements = 0;
    },
  };
}
