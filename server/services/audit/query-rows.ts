import type { SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';

/** postgres.js returns the rows as an array, PGlite as `{ rows }`. */
export async function queryRowsOf<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
