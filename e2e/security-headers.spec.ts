import { type Browser, expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD } from '../db/demo-data';
import { transformer } from '../server/trpc/transformer';
import { buildRoutes, fillRoute } from './build-routes';
import { newPerson, signInByLink } from './support';

test('every page carries a fresh nonce-based CSP and the hardening headers', async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of ['/sign-in', '/sign-up', '/no-such-page']) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("object-src 'none'");
    expect(csp, path).not.toContain("'unsafe-eval'");
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce, path).toBeTruthy();
    nonces.add(nonce ?? '');
    // Next puts the nonce on its own scripts, so the page runs under the policy.
    expect(await response.text(), path).toContain(`nonce="${nonce}"`);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['strict-transport-security'], path).toContain('max-age=');
    expect(headers['x-powered-by'], path).toBeUndefined();
  }
  expect(nonces.size).toBe(3);
});

test('the tRPC endpoint refuses practice data to someone not signed in', async ({ request }) => {
  const response = await request.get('/api/trpc/dashboard.caseload?input=%7B%22json%22%3A%7B%7D%7D');
  expect(response.status()).toBe(401);
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(response.headers()['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
});

const caseloadPath = (input: unknown) =>
  `/api/trpc/dashboard.caseload?input=${encodeURIComponent(JSON.stringify(transformer.serialize(input)))}`;

/** Signs the demo owner in and returns the ids their pages take: their practice and a couple of it. */
async function signInOwner(page: Page) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('dana@harbor.example');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/p\/[^/]+\/caseload/);
  const practiceId = new URL(page.url()).pathname.split('/')[2] ?? '';
  const caseload = await page.request.get(caseloadPath({ counselor: 'all' }), {
    headers: { 'x-practice-id': practiceId },
  });
  expect(caseload.status()).toBe(200);
  const { rows } = transformer.deserialize((await caseload.json()).result.data) as {
    rows: { id: string }[];
  };
  return { practiceId, coupleId: rows[0]?.id ?? '' };
}

/** A client of the owner's practice, signed in by email link in a browser of their own. */
async function signInClient(browser: Browser) {
  const { context, page } = await newPerson(browser);
  const email = 'jordan.blake@clients.example';
  await signInByLink(page, email, 'Jordan');
  return context;
}

test('every route of the build answers private, no-store, signed out and signed in', async ({
  page,
  request,
  browser,
}) => {
  test.setTimeout(180_000);
  const routes = buildRoutes();
  expect(routes.length).toBeGreaterThan(20);
  const ids = await signInOwner(page);
  expect(ids.coupleId).not.toBe('');
  const client = await signInClient(browser);
  const seen = new Map<string, string>();
  for (const { route } of routes) {
    for (const [who, caller] of [
      ['signed out', request],
      ['owner', page.request],
      ['client', client.request],
    ] as const) {
      const response = await caller.get(fillRoute(route, { ...ids, nextauth: 'session' }), {
        maxRedirects: 0,
      });
      seen.set(`${who} ${route} (${response.status()})`, response.headers()['cache-control'] ?? 'none');
    }
  }
  // Data the owner reads outside pages: a tRPC answer and the audit log download.
  for (const path of [caseloadPath({ counselor: 'all' }), `/p/${ids.practiceId}/audit/export`]) {
    const response = await page.request.get(path, { headers: { 'x-practice-id': ids.practiceId } });
    expect(response.status(), path).toBe(200);
    seen.set(`owner ${path}`, response.headers()['cache-control'] ?? 'none');
  }
  const notPrivate = [...seen].filter(([, value]) => value !== 'private, no-store');
  expect(notPrivate).toEqual([]);
  // The build's own content-hashed files stay cacheable, and carry nothing of anyone.
  const script = await page.locator('script[src*="/_next/static/"]').first().getAttribute('src');
  const asset = await request.get(script ?? '');
  expect(asset.status()).toBe(200);
  expect(asset.headers()['cache-control']).toContain('immutable');
  await client.close();
});
