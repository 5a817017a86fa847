import path from 'node:path';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { DbHandle } from './client';
import { syncExerciseLibrary } from './sync-exercise-library';

const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');

export async function migrate(handle: DbHandle): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  // The migrators want their driver's own db type; this is the one cast for it.
  if (handle.driver === 'pglite') await migratePglite(handle.db as never, config);
  else await migratePostgres(handle.db as never, config);
  await syncExerciseLibrary(handle.db);
}
