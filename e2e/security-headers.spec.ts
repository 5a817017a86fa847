import { expect, test } from '@playwright/test';

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
