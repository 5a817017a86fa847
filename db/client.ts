// The only file that knows which driver is in use: postgres.js when DATABASE_URL is set,
// embedded PGlite (persisted under .data/) otherwise. Everything else sees `Db`.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** A connection or an open transaction: services accept either. */
export type DbOrTx = Db | Tx;

export type DbHandle =
  | { driver: 'postgres'; db: Db; sql: postgres.Sql; close: () => Promise<void> }
  | { driver: 'pglite'; db: Db; pglite: PGlite; close: () => Promise<void> };

export const DEFAULT_DATA_DIR = path.join(process.cwd(), '.data');
const POOL_SIZE = 10;

export function connectPostgres(url: string, options: { max?: number } = {}): DbHandle {
  const client = postgres(url, { max: options.max ?? POOL_SIZE, onnotice: () => {} });
  const db = drizzlePostgres(client, { schema, casing: 'snake_case' }) as unknown as Db;
  return { driver: 'postgres', db, sql: client, close: () => client.end({ timeout: 5 }) };
}

/** `dataDir` undefined keeps the database in memory (tests); `loadDataDir` restores a dump. */
export async function connectPglite(
  options: { dataDir?: string; loadDataDir?: Blob } = {},
): Promise<DbHandle> {
  if (options.dataDir) mkdirSync(path.dirname(options.dataDir), { recursive: true });
  const pglite = await PGlite.create({ dataDir: options.dataDir, loadDataDir: options.loadDataDir });
  const db = drizzlePglite(pglite, { schema, casing: 'snake_case' }) as unknown as Db;
  return { driver: 'pglite', db, pglite, close: () => pglite.close() };
}

export function connectFromEnv(): Promise<DbHandle> {
  const url = process.env.DATABASE_URL;
  if (url) return Promise.resolve(connectPostgres(url));
  return connectPglite({ dataDir: process.env.PGLITE_DIR ?? path.join(DEFAULT_DATA_DIR, 'pglite') });
}

/** Rows of a raw statement: postgres.js answers with an array, PGlite with `{ rows }`. */
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
