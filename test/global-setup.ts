// Migrates one database per test run; every test file then starts from its own copy of it
// (a PGlite dump, or a Postgres database created from a template) and never sees another's rows.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { connectPglite, connectPostgres, type DbHandle } from '../db/client';
import { migrate } from '../db/migrate';
import { startLocalStripe } from '../server/billing/local-stripe/server';
import { adminUrl, databaseUrlFor } from './database-urls';
import { startStripeTestControl } from './stripe-test-control';

declare module 'vitest' {
  export interface ProvidedContext {
    testDb: { driver: 'pglite'; dumpPath: string } | { driver: 'postgres'; template: string };
  }
}

/**
 * The local Stripe stand-in for the whole run, on its own embedded database: billing procedures
 * reach it through STRIPE_API_URL (test workers inherit the variable), as the app reaches Stripe.
 */
async function startStripeStandIn(handle: DbHandle) {
  const stripe = await startLocalStripe({ db: handle.db, appUrl: 'http://localhost:3000' });
  const control = await startStripeTestControl(stripe);
  process.env.STRIPE_API_URL = stripe.url;
  process.env.STRIPE_TEST_CONTROL_URL = control.url;
  return async () => {
    await control.stop();
    await stripe.stop();
    await handle.close();
  };
}

export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const handle = await connectPglite();
    await migrate(handle);
    if (handle.driver !== 'pglite') throw new Error('unreachable');
    const dump = await handle.pglite.dumpDataDir('none');
    const dir = mkdtempSync(path.join(tmpdir(), 'ninefold-test-'));
    const dumpPath = path.join(dir, 'migrated.tar');
    writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
    project.provide('testDb', { driver: 'pglite', dumpPath });
    const stopStripe = await startStripeStandIn(handle);
    return async () => {
      await stopStripe();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const stripeDb = await connectPglite();
  await migrate(stripeDb);
  const stopStripe = await startStripeStandIn(stripeDb);
  const template = `nf_tpl_${randomBytes(5).toString('hex')}`;
  const admin = postgres(adminUrl(url), { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${template}`);
  const handle = connectPostgres(databaseUrlFor(url, template), { max: 1 });
  await migrate(handle);
  await handle.close();
  project.provide('testDb', { driver: 'postgres', template });
  return async () => {
    await stopStripe();
    await admin.unsafe(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.end();
  };
}
