// `npm run worker` builds practice exports (Postgres only: the worker process needs DATABASE_URL):
// a queued export, and one whose earlier worker died holding it (a lapsed lease), both end ready.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { DbHandle } from '@/db/client';
import { callerFor, makePractice, type TestPractice } from '@/test/factories';
import { createTestDb } from '@/test/test-db';

let t: DbHandle & { url?: string };
let a: TestPractice;
let b: TestPractice;

beforeAll(async () => {
  t = await createTestDb();
  a = await makePractice(t.db);
  b = await makePractice(t.db);
});
afterAll(() => t?.close());

it.runIf(Boolean(process.env.DATABASE_URL))(
  'builds a queued export and takes over one whose worker died',
  async () => {
    if (!t.url) throw new Error('the Postgres test database has no URL');
    const owner = (p: TestPractice) => callerFor(t.db, p.owner.user.id, p.practice.id);
    const { exportId: crashed } = await owner(a).exports.request();
    await t.db.execute(
      sql`update practice_exports set status = 'running', attempts = 1, progress_done = 3,
        lease_until = now() - interval '1 second' where id = ${crashed}`,
    );
    const { exportId: queued } = await owner(b).exports.request();
    const worker = spawn(
      process.execPath,
      ['--import', 'tsx', path.join('server', 'jobs', 'worker-cli.ts')],
      {
        env: { ...process.env, DATABASE_URL: t.url, NINEFOLD_ENV: 'test' },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    try {
      await vi.waitFor(
        async () => {
          const [ofA] = (await owner(a).exports.find()).items;
          const [ofB] = (await owner(b).exports.find()).items;
          expect([ofA?.id, ofA?.status, ofB?.id, ofB?.status]).toEqual([crashed, 'ready', queued, 'ready']);
        },
        { timeout: 60_000, interval: 250 },
      );
    } finally {
      worker.kill('SIGTERM');
      await new Promise((resolve) =>
        worker.exitCode === null ? worker.once('exit', resolve) : resolve(null),
      );
    }
    expect((await owner(a).exports.file({ exportId: crashed })).zip.byteLength).toBeGreaterThan(100);
  },
  90_000,
);
