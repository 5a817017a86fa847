// A fresh, migrated database for one test file: `const t = await createTestDb()` in beforeAll,
// `await t.close()` in afterAll (which drops it on Postgres).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { inject } from 'vitest';
import { connectPglite, connectPostgres, type DbHandle } from '../db/client';
import { adminUrl, databaseUrlFor } from './database-urls';

/** On Postgres also the database's URL, for a test that starts another process on it. */
export async function createTestDb(
  options: { poolSize?: number } = {},
): Promise<DbHandle & { url?: string }> {
  const source = inject('testDb');
  if (source.driver === 'pglite') {
    return connectPglite({ loadDataDir: new Blob([readFileSync(source.dumpPath)]) });
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL vanished during the run');
  const name = `nf_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl(url), { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${source.template}`);
  const handle = connectPostgres(databaseUrlFor(url, name), { max: options.poolSize ?? 4 });
  return {
    ...handle,
    url: databaseUrlFor(url, name),
    close: async () => {
      await handle.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
