// Migrates one database per test run; every test file then starts from its own copy of it
// (a PGlite dump, or a Postgres database created from a template) and never sees another's rows.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { connectPglite, connectPostgres } from '../db/client';
import { migrate } from '../db/migrate';
import { adminUrl, databaseUrlFor } from './database-urls';

declare module 'vitest' {
  export interface ProvidedContext {
    testDb: { driver: 'pglite'; dumpPath: string } | { driver: 'postgres'; template: string };
  }
}

export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const handle = await connectPglite();
    await migrate(handle);
    if (handle.driver !== 'pglite') throw new Error('unreachable');
    const dump = await handle.pglite.dumpDataDir('none');
    await handle.close();
    const dir = mkdtempSync(path.join(tmpdir(), 'ninefold-test-'));
    const dumpPath = path.join(dir, 'migrated.tar');
    writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
    project.provide('testDb', { driver: 'pglite', dumpPath });
    return () => rmSync(dir, { recursive: true, force: true });
  }
  const template = `nf_tpl_${randomBytes(5).toString('hex')}`;
  const admin = postgres(adminUrl(url), { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${template}`);
  const handle = connectPostgres(databaseUrlFor(url, template), { max: 1 });
  await migrate(handle);
  await handle.close();
  project.provide('testDb', { driver: 'postgres', template });
  return async () => {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.end();
  };
}
