// next-auth's endpoints driven as a browser would (CSRF token, form posts, cookies), through
// @auth/core's Auth() with the app's configuration, chosen per request as next-auth.ts does.
import { Auth } from '@auth/core';
import { decode } from '@auth/core/jwt';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { authSessions, users } from '@/db/schema';
import { makePractice, type TestPractice } from '@/test/factories';
import { createTestDb } from '@/test/test-db';
import { authConfig, endpointLifetime } from './auth-config';
import { mintMagicLink } from './magic-link';
import { hashPassword } from './password';
import { SESSION_LIMITS } from './session-policy';

const SECRET = 'test-only-auth-secret-of-at-least-32-chars';
const ORIGIN = 'http://localhost:3000';
const COOKIE = 'authjs.session-token';
const PASSWORD = 'correct horse battery';

let t: DbHandle;
let p: TestPractice;
let ipOctet = 0;

beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
  await t.db
    .update(users)
    .set({ passwordHash: await hashPassword(PASSWORD) })
    .where(eq(users.id, p.counselor.user.id));
});
afterAll(() => t.close());

async function call(path: string, init: { method?: string; cookie?: string; form?: Record<string, string> }) {
  const request = new Request(`${ORIGIN}/api/auth/${path}`, {
    method: init.method ?? 'GET',
    headers: {
      cookie: init.cookie ?? '',
      'x-forwarded-for': `198.18.0.${++ipOctet}`,
      ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
    body: init.form ? new URLSearchParams(init.form) : undefined,
  });
  const lifetimeSeconds = await endpointLifetime(request.clone(), SECRET);
  return Auth(request, authConfig({ getDb: async () => t.db, secret: SECRET, lifetimeSeconds }));
}

type SetCookie = { name: string; value: string; expires?: Date };
function setCookies(response: Response): SetCookie[] {
  return response.headers.getSetCookie().map((line) => {
    const [pair = '', ...attributes] = line.split(';').map((s) => s.trim());
    const [name = '', ...value] = pair.split('=');
    const expires = attributes.find((a) => a.toLowerCase().startsWith('expires='))?.slice('expires='.length);
    return { name, value: value.join('='), expires: expires ? new Date(expires) : undefined };
  });
}

async function post(provider: 'password' | 'magic-link', credentials: Record<string, string>) {
  const csrf = await call('csrf', {});
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = setCookies(csrf).find((c) => c.name.includes('csrf-token'));
  return call(`callback/${provider}`, {
    method: 'POST',
    cookie: `${csrfCookie?.name}=${csrfCookie?.value}`,
    form: { ...credentials, csrfToken, callbackUrl: `${ORIGIN}/home` },
  });
}

async function signIn(provider: 'password' | 'magic-link', credentials: Record<string, string>) {
  const signedInAt = Date.now();
  const response = await post(provider, credentials);
  const session = setCookies(response).find((c) => c.name === COOKIE);
  if (!session?.expires)
    throw new Error(`no session cookie: ${response.status} ${response.headers.get('location')}`);
  const payload = await decode({ token: session.value, secret: SECRET, salt: COOKIE });
  return { cookie: session, payload, signedInAt };
}

/** Milliseconds from the sign-in to the cookie's expiry, to the second a cookie date can say. */
const lifetimeMs = (cookie: SetCookie, since: number) => (cookie.expires?.getTime() ?? 0) - since;

describe('the session cookie', () => {
  it('of a staff sign-in expires with the staff session, 12 hours after it starts', async () => {
    const { cookie, payload, signedInAt } = await signIn('password', {
      email: p.counselor.user.email,
      password: PASSWORD,
    });
    const limit = SESSION_LIMITS.staff.absoluteMs;
    expect(lifetimeMs(cookie, signedInAt)).toBeGreaterThan(limit - 5_000);
    expect(lifetimeMs(cookie, signedInAt)).toBeLessThanOrEqual(limit + 1_000);
    expect((payload?.exp ?? 0) * 1000 - signedInAt).toBeLessThanOrEqual(limit + 1_000);
    const [row] = await t.db
      .select()
      .from(authSessions)
      .where(eq(authSessions.id, String(payload?.sid)));
    expect(row?.kind).toBe('staff');
    expect(Math.abs((cookie.expires?.getTime() ?? 0) - (row?.expiresAt.getTime() ?? 0))).toBeLessThan(5_000);
  });

  it('of a client sign-in expires with the client session, 14 days after it starts', async () => {
    const client = p.couple.partners[0].user;
    const token = await mintMagicLink(t.db, client.id);
    const { cookie, payload, signedInAt } = await signIn('magic-link', { token });
    const limit = SESSION_LIMITS.client.absoluteMs;
    expect(lifetimeMs(cookie, signedInAt)).toBeGreaterThan(limit - 5_000);
    expect(lifetimeMs(cookie, signedInAt)).toBeLessThanOrEqual(limit + 1_000);
    const [row] = await t.db
      .select()
      .from(authSessions)
      .where(eq(authSessions.id, String(payload?.sid)));
    expect(row?.kind).toBe('client');
  });
});

describe('/api/auth/session', () => {
  it('shows page scripts no session id and does not stretch the cookie past the session', async () => {
    const { cookie, payload } = await signIn('password', {
      email: p.counselor.user.email,
      password: PASSWORD,
    });
    const sid = String(payload?.sid);
    expect(sid).toMatch(/^[0-9a-f-]{36}$/);
    const response = await call('session', { cookie: `${COOKIE}=${cookie.value}` });
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(text).not.toContain(sid);
    expect(Object.keys(JSON.parse(text))).toEqual(['expires']);
    const reissued = setCookies(response).find((c) => c.name === COOKIE);
    expect(Math.abs((reissued?.expires?.getTime() ?? 0) - (cookie.expires?.getTime() ?? 0))).toBeLessThan(
      2_000,
    );
  });
});

describe('the password step', () => {
  it('answers a wrong password, an unknown address, a client and a deactivated account alike', async () => {
    const deactivated = p.otherCounselor.user;
    await t.db.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, deactivated.id));
    const emails = {
      wrongPassword: p.counselor.user.email,
      unknown: `nobody.${p.practice.id}@example.test`,
      client: p.couple.partners[0].user.email,
      deactivated: deactivated.email,
    };
    const answers: Record<string, unknown> = {};
    for (const [kind, email] of Object.entries(emails)) {
      const response = await post('password', { email, password: `${PASSWORD} but wrong` });
      answers[kind] = {
        status: response.status,
        location: response.headers.get('location'),
        cookies: setCookies(response).map((c) => c.name),
      };
    }
    for (const [kind, answer] of Object.entries(answers)) expect(answer, kind).toEqual(answers.unknown);
    expect(answers.unknown).toMatchObject({ location: expect.stringContaining('error=CredentialsSignin') });
  });
});
