// The signed-in session for this request, or null. The cookie alone is not enough: the session
// row must exist, be unrevoked, within its idle and absolute limits, and its user active.
//
// The cookie is read here rather than through next-auth's auth(): that runs next-auth's whole
// session endpoint per request (decrypt, then re-encrypt a refreshed cookie that a route handler
// throws away), which cost more CPU than the rest of a dashboard request (bench/). The token is
// verified the same way (next-auth's own decode: authenticated encryption under AUTH_SECRET, salt
// = cookie name, expiry), and a token string that verified once is remembered until it expires,
// so repeated requests skip the crypto. The database check below still runs on every request.
import { cookies, headers } from 'next/headers';
import { decode } from 'next-auth/jwt';
import { cache } from 'react';
import { getDb } from '../db';
import { authSecret } from '../env';
import { type AuthSession, checkSession } from './sessions';

const VERIFIED_LIMIT = 10_000;
const verified = new Map<string, { sid: string; expiresAtMs: number }>();

/** next-auth's cookie name: `__Secure-` prefixed when the site is https (AUTH_URL, else the request). */
async function sessionCookieName(): Promise<string> {
  const envUrl = process.env.AUTH_URL ?? process.env.NEXTAUTH_URL;
  const protocol = envUrl
    ? new URL(envUrl).protocol
    : `${((await headers()).get('x-forwarded-proto') ?? 'https').replace(/:$/, '')}:`;
  return `${protocol === 'https:' ? '__Secure-' : ''}authjs.session-token`;
}

/** The cookie's value; next-auth splits a large one into `name.0`, `name.1`, … */
async function sessionCookie(name: string): Promise<string | null> {
  const all = (await cookies()).getAll();
  const whole = all.find((c) => c.name === name);
  if (whole) return whole.value;
  const chunks = all
    .filter((c) => /^\d+$/.test(c.name.slice(name.length + 1)) && c.name.startsWith(`${name}.`))
    .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
  return chunks.length > 0 ? chunks.map((c) => c.value).join('') : null;
}

async function verifiedSessionId(token: string, salt: string): Promise<string | null> {
  const now = Date.now();
  const known = verified.get(token);
  if (known && known.expiresAtMs > now) return known.sid;
  verified.delete(token);
  const payload = await decode({ token, secret: authSecret(), salt }).catch(() => null);
  if (!payload || typeof payload.sid !== 'string' || typeof payload.exp !== 'number') return null;
  if (verified.size >= VERIFIED_LIMIT) verified.delete(verified.keys().next().value as string);
  verified.set(token, { sid: payload.sid, expiresAtMs: payload.exp * 1000 });
  return payload.sid;
}

/** `practiceId` (a lower-case uuid): also fetch the user's active membership there, in the same query. */
export const getCurrentSession = cache(async (practiceId?: string): Promise<AuthSession | null> => {
  const name = await sessionCookieName();
  const token = await sessionCookie(name);
  if (!token) return null;
  const sid = await verifiedSessionId(token, name);
  if (!sid) return null;
  const { session } = await checkSession(await getDb(), sid, new Date(), practiceId);
  return session ?? null;
});
