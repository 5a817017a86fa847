import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'e2e/**', '.next/**', '.data/**'],
    globalSetup: ['test/global-setup.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: {
      NINEFOLD_ENV: 'test',
      APP_URL: 'http://localhost:3000',
      // A fixed key for tests only, so no test writes a generated key into .data/.
      DATA_ENCRYPTION_KEY: 'dGVzdC1vbmx5LWRhdGEta2V5LTMyLWJ5dGVzLWxvbmc',
      AUDIT_CHAIN_KEY: 'dGVzdC1vbmx5LWF1ZGl0LWNoYWluLWtleS0zMmJ5dGU',
    },
  },
});
