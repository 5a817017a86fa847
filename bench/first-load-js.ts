// First-load JavaScript per route, gzip, measured in a real browser against the production build
// (`npm run build` first). Compares each route with the framework baseline (the 404 page, which
// has no client components of ours) against DESIGN.md's budget: staff routes +60 KB, portal +40 KB.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../db/demo-data';

// BENCH_PORT and NEXT_DIST_DIR let a second checkout measure its own build beside another.
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const DIST_DIR = process.env.NEXT_DIST_DIR || '.next';
const BASE = `http://localhost:${PORT}`;
const KB = 1024;
const STAFF_BUDGET_KB = 60;
const PORTAL_BUDGET_KB = 40;

type Measured = { route: string; gzipBytes: number; budgetKb: number | null };

async function startServer(dataDir: string): Promise<ChildProcess> {
  // Always the embedded demo database (signs in as demo users), even when DATABASE_URL is set
  // for the dashboard bench.
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const server = spawn('npx', ['tsx', 'server/http/server-cli.ts'], {
    env: { ...env, NINEFOLD_ENV: 'test', PGLITE_DIR: dataDir, APP_URL: BASE, PORT: String(PORT) },
    stdio: 'ignore',
    detached: true,
  });
  for (let attempt = 0; attempt < 120; attempt++) {
    const up = await fetch(`${BASE}/sign-in`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return server;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error('the production server did not answer within 2 minutes');
}

/** Loads `url` in a fresh page and sums the gzip size of every script it fetched. */
async function scriptBytes(page: Page, url: string): Promise<number> {
  const bodies: Promise<Buffer>[] = [];
  const onResponse = (response: import('@playwright/test').Response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body());
  };
  page.on('response', onResponse);
  await page.goto(url, { waitUntil: 'networkidle' });
  page.off('response', onResponse);
  const all = await Promise.all(bodies);
  return all.reduce((sum, body) => sum + gzipSync(body).length, 0);
}

async function signInStaff(page: Page, email: string): Promise<string> {
  await page.goto(`${BASE}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/p\/[^/]+\/caseload/);
  return new URL(page.url()).pathname.replace(/\/caseload$/, '');
}

async function signInClient(page: Page, email: string): Promise<string> {
  await page.goto(`${BASE}/sign-in/link`);
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await page.getByText('a sign-in link is on its way').waitFor();
  // The in-process worker delivers the link within a few seconds: look again until it is there.
  // The plain-text view, whose links are in the page (the HTML view is a sandboxed frame).
  let href: string | null = null;
  for (let attempt = 0; attempt < 60 && !href; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 1000));
    await page.goto(`${BASE}/dev/mailbox?to=${encodeURIComponent(email)}&view=text`);
    const link = page.locator('a[href*="/magic?token="]').first();
    if ((await link.count()) > 0) href = await link.getAttribute('href');
  }
  if (!href) throw new Error('no magic link in the mailbox after a minute');
  await page.goto(href.replace(/^https?:\/\/[^/]+/, BASE));
  await page.getByRole('button', { name: 'Sign in to Ninefold' }).click();
  await page.waitForURL(/\/portal\//);
  return new URL(page.url()).pathname;
}

async function measure(): Promise<Measured[]> {
  const debianChromium = '/usr/bin/chromium';
  const browser = await chromium.launch(
    existsSync(debianChromium) ? { executablePath: debianChromium, args: ['--no-sandbox'] } : {},
  );
  const results: Measured[] = [];
  const record = async (page: Page, route: string, url: string, budgetKb: number | null) => {
    // A fresh context per route: nothing cached from the previous page.
    const fresh = await page
      .context()
      .browser()
      ?.newContext({ storageState: await page.context().storageState() });
    if (!fresh) throw new Error('no browser');
    const freshPage = await fresh.newPage();
    results.push({ route, gzipBytes: await scriptBytes(freshPage, url), budgetKb });
    await fresh.close();
  };
  try {
    const anon = await (await browser.newContext()).newPage();
    await record(anon, '404 (baseline)', `${BASE}/no-such-page`, null);
    await record(anon, '/sign-in', `${BASE}/sign-in`, STAFF_BUDGET_KB);
    await record(anon, '/sign-in/link', `${BASE}/sign-in/link`, PORTAL_BUDGET_KB);
    await record(anon, '/sign-up', `${BASE}/sign-up`, STAFF_BUDGET_KB);

    const counselor = await (await browser.newContext()).newPage();
    const practice = await signInStaff(counselor, 'priya@harbor.example');
    await record(counselor, '/p/[practiceId]/caseload', `${BASE}${practice}/caseload`, STAFF_BUDGET_KB);
    await counselor.goto(`${BASE}${practice}/caseload`);
    const couple = await counselor.locator('a[href*="/couples/"]').first().getAttribute('href');
    await record(counselor, '/p/[practiceId]/couples/[coupleId]', `${BASE}${couple}`, STAFF_BUDGET_KB);
    await record(
      counselor,
      '/p/[practiceId]/couples/[coupleId]/progress',
      `${BASE}${couple}/progress`,
      STAFF_BUDGET_KB,
    );
    await record(
      counselor,
      '/p/[practiceId]/couples/[coupleId]/measures',
      `${BASE}${couple}/measures`,
      STAFF_BUDGET_KB,
    );
    await record(
      counselor,
      '/p/[practiceId]/couples/[coupleId]/timeline',
      `${BASE}${couple}/timeline`,
      STAFF_BUDGET_KB,
    );
    await counselor.goto(`${BASE}${couple}`);
    const session = await counselor.locator('a[href*="/sessions/"]').first().getAttribute('href');
    await record(
      counselor,
      '/p/[practiceId]/couples/[coupleId]/sessions/[sessionId]',
      `${BASE}${session}`,
      STAFF_BUDGET_KB,
    );
    await counselor.goto(`${BASE}${practice}/caseload`);
    const digest = await counselor.locator('a[href*="/caseload/digest/"]').first().getAttribute('href');
    await record(
      counselor,
      '/p/[practiceId]/caseload/digest/[coupleId]',
      `${BASE}${digest}`,
      STAFF_BUDGET_KB,
    );
    await record(counselor, '/p/[practiceId]/exercises', `${BASE}${practice}/exercises`, STAFF_BUDGET_KB);

    const owner = await (await browser.newContext()).newPage();
    await signInStaff(owner, 'dana@harbor.example');
    await record(owner, '/p/[practiceId]/team', `${BASE}${practice}/team`, STAFF_BUDGET_KB);
    await record(owner, '/p/[practiceId]/audit', `${BASE}${practice}/audit`, STAFF_BUDGET_KB);

    const client = await (await browser.newContext()).newPage();
    const portal = await signInClient(client, 'alex.rivera@clients.example');
    await record(client, '/portal/[practiceId]', `${BASE}${portal}`, PORTAL_BUDGET_KB);
    await client.goto(`${BASE}${portal}`);
    const homework = await client.locator('a[href*="/homework/"]').first().getAttribute('href');
    await record(
      client,
      '/portal/[practiceId]/homework/[assignmentId]',
      `${BASE}${homework}`,
      PORTAL_BUDGET_KB,
    );
    await record(client, '/portal/[practiceId]/history', `${BASE}${portal}/history`, PORTAL_BUDGET_KB);
    await record(client, '/portal/[practiceId]/progress', `${BASE}${portal}/progress`, PORTAL_BUDGET_KB);
    await record(
      client,
      '/portal/[practiceId]/questionnaires/[measure]',
      `${BASE}${portal}/questionnaires/phq-9`,
      PORTAL_BUDGET_KB,
    );
  } finally {
    await browser.close();
  }
  return results;
}

function report(results: Measured[]): boolean {
  const baseline = results[0]?.gzipBytes ?? 0;
  let withinBudget = true;
  console.log('route'.padEnd(48), 'gzip KB'.padStart(8), 'over 404'.padStart(9), 'budget'.padStart(7));
  for (const r of results) {
    const over = (r.gzipBytes - baseline) / KB;
    const ok = r.budgetKb === null || over <= r.budgetKb;
    withinBudget &&= ok;
    console.log(
      r.route.padEnd(48),
      (r.gzipBytes / KB).toFixed(1).padStart(8),
      (r.budgetKb === null ? '' : `+${over.toFixed(1)}`).padStart(9),
      (r.budgetKb === null ? '' : `+${r.budgetKb}${ok ? '' : ' OVER'}`).padStart(7),
    );
  }
  return withinBudget;
}

if (!existsSync(path.join(DIST_DIR, 'BUILD_ID'))) {
  console.error('No production build: run `npm run build` first.');
  process.exit(2);
}
const dataDir = mkdtempSync(path.join(tmpdir(), 'ninefold-bench-'));
const server = await startServer(path.join(dataDir, 'pglite'));
try {
  const ok = report(await measure());
  process.exitCode = ok ? 0 : 1;
} finally {
  if (server.pid) process.kill(-server.pid);
  rmSync(dataDir, { recursive: true, force: true });
}
