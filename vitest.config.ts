import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const cores = availableParallelism();

export default defineConfig({
  test: {
    exclude: ['node_modules/**', 'e2e/**', '.next/**', '.data/**'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Vitest's default leaves a core idle (one worker on a 2-core machine). On PGlite the database
    // runs inside each worker, so one per core; on a Postgres server the workers mostly wait for
    // it, so one more than the cores.
    maxWorkers: process.env.DATABASE_URL ? cores + 1 : cores,
    env: {
      NINEFOLD_ENV: 'test',
      APP_URL: 'http://localhost:3000',
      // A fixed key for tests only, so no test writes a generated key into .data/.
      DATA_ENCRYPTION_KEY: 'dGVzdC1vbmx5LWRhdGEta2V5LTMyLWJ5dGVzLWxvbmc',
      AUDIT_CHAIN_KEY: 'dGVzdC1vbmx5LWF1ZGl0LWNoYWluLWtleS0zMmJ5dGU',
    },
    projects: [
      // No database: CI runs these once, with the PGlite pass.
      { extends: true, test: { name: 'unit', include: ['**/*.test.ts'], exclude: ['**/*.int.test.ts'] } },
      {
        extends: true,
        test: { name: 'integration', include: ['**/*.int.test.ts'], globalSetup: ['test/global-setup.ts'] },
      },
    ],
  },
});
