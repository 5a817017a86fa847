// The app's one database handle, opened once per process (cached on globalThis so dev reloads
// and Next's separate bundles share it: one PGlite folder can be opened by one handle only).
// Outside production the schema is migrated on open; the embedded database is also seeded.
import { connectFromEnv, type Db, type DbHandle } from '../db/client';
import { migrate } from '../db/migrate';
import { seedDemo } from '../db/seed';
import { hashPassword } from './auth/password';
import { env } from './env';
import { refreshMeasureAlerts } from './services/measures/refresh-measure-alerts';
import { sealMeasureAnswers } from './services/measures/sealed-measure';

const cache = globalThis as typeof globalThis & { __ninefoldDb?: Promise<DbHandle> };

async function open(): Promise<DbHandle> {
  const handle = await connectFromEnv();
  if (env().mode !== 'production') await migrate(handle);
  if (handle.driver === 'pglite')
    await seedDemo(handle.db, { hashPassword, sealMeasureAnswers, refreshMeasureAlerts });
  return handle;
}

export function getDbHandle(): Promise<DbHandle> {
  cache.__ninefoldDb ??= open().catch((error) => {
    cache.__ninefoldDb = undefined;
    throw error;
  });
  return cache.__ninefoldDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}
