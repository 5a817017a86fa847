import { globSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const cores = availableParallelism();
const EXCLUDE = ['node_modules/**', 'e2e/**', '.next/**', '.data/**'];

// A file that replaces modules (vi.mock) needs a module graph of its own; every other file shares
// its worker's, so a worker loads the app's modules once instead of once per file.
const mocks = (file: string) => /\bvi\.mock\(/.test(readFileSync(file, 'utf8'));
const unitFiles = globSync('**/*.test.ts', { exclude: [...EXCLUDE, '**/*.int.test.ts'] });
const integrationFiles = globSync('**/*.int.test.ts', { exclude: EXCLUDE });

/** One project for the files that share a module graph, one for those that mock (when any do). */
function projects(name: string, files: string[], test: { globalSetup?: string[] } = {}) {
  const mocking = files.filter(mocks);
  const shared = files.filter((file) => !mocking.includes(file));
  const list: TestProjectInlineConfiguration[] = [
    { extends: true, test: { ...test, name, include: shared, isolate: false } },
  ];
  if (mocking.length)
    list.push({ extends: true, test: { ...test, name: `${name}-mocking`, include: mocking } });
  return list;
}

export default defineConfig({
  // The `@/` import alias of tsconfig.json.
  resolve: { tsconfigPaths: true },
  test: {
    exclude: EXCLUDE,
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Vitest's default leaves a core idle (one worker on a 2-core machine). On PGlite the database
    // runs inside each worker, so one per core; on a Postgres server the workers mostly wait for
    // it, so one more than the cores.
    maxWorkers: process.env.DATABASE_URL ? cores + 1 : cores,
    // Spies and stubs end with their test, so nothing leaks into the next file of a shared worker.
    restoreMocks: true,
    env: {
      NINEFOLD_ENV: 'test',
      APP_URL: 'http://localhost:3000',
      // A fixed key for tests only, so no test writes a generated key into .data/.
      DATA_ENCRYPTION_KEY: 'dGVzdC1vbmx5LWRhdGEta2V5LTMyLWJ5dGVzLWxvbmc',
      AUDIT_CHAIN_KEY: 'dGVzdC1vbmx5LWF1ZGl0LWNoYWluLWtleS0zMmJ5dGU',
    },
    projects: [
      // No database: CI runs these once, with the PGlite pass (`--project 'unit*'`).
      ...projects('unit', unitFiles),
      // CI runs these on PGlite and again on Postgres (`--project 'integration*'`).
      ...projects('integration', integrationFiles, { globalSetup: ['test/global-setup.ts'] }),
    ],
  },
});
