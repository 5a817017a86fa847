import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { E2E_RESEND_WEBHOOK_SECRET } from './e2e/resend-webhook';
import { E2E_STRIPE_WEBHOOK_SECRET } from './e2e/stripe-webhook';

// E2E_PORT lets two suites run side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;
// Playwright cannot download its browser on our machines; Debian's chromium works. Elsewhere
// Playwright's own browser stays the default.
const debianChromium = '/usr/bin/chromium';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  // Two spec files at a time: a spec spends most of its time waiting (on pages, on answers held to a
  // fixed time), so a second one fills the gaps. Tests within a file run in order.
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: existsSync(debianChromium)
      ? {
          executablePath: debianChromium,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
          ],
        }
      : {},
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'] },
    },
    { name: 'phone', use: { ...devices['Pixel 7'] }, testMatch: /(portal|accessibility).*\.spec\.ts/ },
  ],
  webServer: {
    // Runs the production build, behind the request gate, against a fresh embedded database.
    command: `rm -rf .data/e2e-${PORT} && npm start`,
    url: `${baseURL}/sign-in`,
    timeout: 120_000,
    reuseExistingServer: !process.env.CI,
    env: {
      PORT: String(PORT),
      // The suite plays the one proxy in front: X-Forwarded-For's last entry is each caller's
      // address (support.ts signs each practice up from its own office).
      TRUSTED_PROXY_HOPS: '1',
      NINEFOLD_ENV: 'test',
      PGLITE_DIR: `.data/e2e-${PORT}/pglite`,
      APP_URL: baseURL,
      RESEND_WEBHOOK_SECRET: E2E_RESEND_WEBHOOK_SECRET,
      STRIPE_WEBHOOK_SECRET: E2E_STRIPE_WEBHOOK_SECRET,
    },
  },
});
