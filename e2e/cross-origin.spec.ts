// Changes only from the app's own pages. A request from another origin is what a browser sends
// when a page there posts to us with the person's cookies (a sibling subdomain gets them past
// SameSite=Lax): Origin and Sec-Fetch-Site name that page, and the gate refuses it.
import { expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD } from '../db/demo-data';
import { transformer } from '../server/trpc/transformer';
import { buildRoutes, fillRoute } from './build-routes';
import { signUpPractice } from './support';

const REFUSED = { error: 'cross-origin-request' };
const crossSite = { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' };
const sameSite = (baseURL: string) => ({
  origin: baseURL.replace('//localhost', '//evil.localhost'),
  'sec-fetch-site': 'same-site',
});
const sameOrigin = (baseURL: string) => ({ origin: baseURL, 'sec-fetch-site': 'same-origin' });
const json = (input: unknown) => JSON.stringify(transformer.serialize(input));

async function isRefusal(response: { status(): number; text(): Promise<string> }) {
  if (response.status() !== 403) return false;
  const body = await response.text();
  return body === JSON.stringify(REFUSED);
}

test('a form posted from another origin cannot replace the pending two-factor secret', async ({
  page,
  baseURL,
}) => {
  await signUpPractice(page);
  const beginSetup = '/api/trpc/account.twoFactor.beginSetup';
  const pending = await page.request.post(beginSetup, {
    headers: { ...sameOrigin(String(baseURL)), 'content-type': 'application/json' },
    data: json(undefined),
  });
  expect(pending.status()).toBe(200);
  const { manualKey } = transformer.deserialize((await pending.json()).result.data) as { manualKey: string };

  for (const from of [crossSite, sameSite(String(baseURL))]) {
    const attack = await page.request.post(beginSetup, { headers: from, multipart: { json: 'null' } });
    expect(attack.status(), from['sec-fetch-site']).toBe(403);
    expect(await attack.json()).toEqual(REFUSED);
    const asJson = await page.request.post(beginSetup, {
      headers: { ...from, 'content-type': 'application/json' },
      data: json(undefined),
    });
    expect(await isRefusal(asJson), `JSON, ${from['sec-fetch-site']}`).toBe(true);
  }
  // From the app's own origin too, tRPC takes JSON only.
  const form = await page.request.post(beginSetup, {
    headers: sameOrigin(String(baseURL)),
    multipart: { json: 'null' },
  });
  expect(form.status()).toBe(415);

  // The secret begun first is still the one waiting for its code.
  const status = await page.request.get('/api/trpc/account.twoFactor.status');
  expect(status.status()).toBe(200);
  const { generate } = await import('otplib');
  const secret = manualKey.replace(/\s/g, '');
  const confirm = await page.request.post('/api/trpc/account.twoFactor.confirmSetup', {
    headers: { ...sameOrigin(String(baseURL)), 'content-type': 'application/json' },
    data: json({ code: await generate({ secret, epoch: Math.floor(Date.now() / 1000) }) }),
  });
  expect(confirm.status()).toBe(200);
});

/** Fills the sign-in form and holds back the server action's request, to replay it by hand. */
async function captureSignInAction(page: Page) {
  let captured: { url: string; headers: Record<string, string>; body: Buffer } | undefined;
  await page.route('**/sign-in', async (route) => {
    const request = route.request();
    if (request.method() !== 'POST') return route.continue();
    const sent = request.headers();
    // What makes it this action; cookies and the origin headers are the replay's own.
    const headers = Object.fromEntries(
      ['next-action', 'next-router-state-tree', 'content-type', 'accept']
        .filter((name) => sent[name])
        .map((name) => [name, sent[name] ?? '']),
    );
    captured = { url: request.url(), headers, body: request.postDataBuffer() ?? Buffer.alloc(0) };
    await route.abort();
  });
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('dana@harbor.example');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(() => captured).toBeDefined();
  if (!captured) throw new Error('the sign-in form posted nothing');
  expect(captured.headers['next-action']).toBeTruthy();
  return captured;
}

test('a server action runs from the app origin only', async ({ page, baseURL }) => {
  const action = await captureSignInAction(page);
  const replay = (from: Record<string, string>) =>
    page.request.post(action.url, {
      headers: { ...action.headers, ...from },
      data: action.body,
      maxRedirects: 0,
    });
  // The session endpoint shows scripts only the expiry of a session (null without one).
  const signedIn = async () => Boolean((await (await page.request.get('/api/auth/session')).json())?.expires);

  for (const from of [crossSite, sameSite(String(baseURL))]) {
    expect(await isRefusal(await replay(from)), from['sec-fetch-site']).toBe(true);
    expect(await signedIn()).toBe(false);
  }
  const own = await replay(sameOrigin(String(baseURL)));
  expect(own.status()).toBeLessThan(400);
  expect(await signedIn()).toBe(true);
});

test('every page refuses a server action from another origin', async ({ request }) => {
  const pages = buildRoutes().filter((r) => r.kind === 'page');
  expect(pages.length).toBeGreaterThan(10);
  for (const { route } of pages) {
    const response = await request.post(fillRoute(route), {
      headers: { ...crossSite, 'next-action': '7f'.repeat(21) },
      multipart: { '1_$ACTION_ID': 'x' },
      maxRedirects: 0,
    });
    expect(await isRefusal(response), route).toBe(true);
  }
});

// Both prove themselves without a session: webhooks by their signature, one-click unsubscribe by
// the signed token in its URL (RFC 8058 has the mail provider post it, from wherever it runs).
const EXEMPT = ['/api/unsubscribe', '/api/webhooks/resend', '/api/webhooks/stripe'];

test('every route handler that changes state refuses other origins, except the self-proving ones', async ({
  request,
  baseURL,
}) => {
  const exemptSeen: string[] = [];
  let checked = 0;
  for (const { route } of buildRoutes().filter((r) => r.kind === 'route-handler')) {
    const url = fillRoute(route, { nextauth: 'session' });
    const allow = (await request.fetch(url, { method: 'OPTIONS' })).headers().allow ?? '';
    const methods = allow
      .split(',')
      .map((m) => m.trim())
      .filter((m) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(m));
    for (const method of methods) {
      checked++;
      const send = (from: Record<string, string>) =>
        request.fetch(url, {
          method,
          headers: { ...from, 'content-type': 'application/json' },
          data: '{}',
          maxRedirects: 0,
        });
      const exempt = EXEMPT.includes(route);
      if (exempt && !exemptSeen.includes(route)) exemptSeen.push(route);
      expect(await isRefusal(await send(crossSite)), `${method} ${route} cross-site`).toBe(!exempt);
      expect(await isRefusal(await send(sameSite(String(baseURL)))), `${method} ${route} same-site`).toBe(
        !exempt,
      );
      expect(await isRefusal(await send(sameOrigin(String(baseURL)))), `${method} ${route} same origin`).toBe(
        false,
      );
      // A program (no Origin, no Sec-Fetch-Site) has no one's cookies but its own.
      expect(await isRefusal(await send({})), `${method} ${route} no browser`).toBe(false);
    }
  }
  expect(exemptSeen.sort()).toEqual(EXEMPT);
  expect(checked).toBeGreaterThanOrEqual(6);
});

test('one-click unsubscribe still reaches its handler, from a mail provider or a webmail page', async ({
  request,
}) => {
  const senders: Record<string, string>[] = [
    {},
    { origin: 'https://mail.example', 'sec-fetch-site': 'cross-site' },
  ];
  for (const from of senders) {
    const response = await request.post('/api/unsubscribe?token=not-a-real-token', {
      headers: from,
      form: { 'List-Unsubscribe': 'One-Click' },
    });
    // The handler itself answers: the token is checked there, not refused at the door.
    expect(response.status()).toBe(400);
    expect(await response.json()).not.toEqual(REFUSED);
    expect((await response.json()).error).toBeTruthy();
  }
});
