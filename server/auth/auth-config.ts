// next-auth's configuration, apart from Next.js so tests can run it through @auth/core's Auth().
// Every provider is Credentials, which forces JWT sessions; the JWT carries only a session id, and
// current-session.ts checks that id against the database on every request.
//
// next-auth gives a session cookie (and the JWT inside it) the lifetime `session.maxAge` of the
// configuration that handled the request; it has no per-token lifetime (a dynamic maxAge is only a
// proposal: nextauthjs/next-auth#13193). So each configuration is built for one lifetime:
// a sign-in gets its kind's absolute limit, and the session endpoint, which re-issues the cookie,
// gets what is left of the token it was sent, so the cookie never outlives the session.
import { CredentialsSignin } from '@auth/core/errors';
import { decode } from '@auth/core/jwt';
import Credentials from '@auth/core/providers/credentials';
import type { NextAuthConfig } from 'next-auth';
import { z } from 'zod';
import type { Db } from '@/db/client';
import type { SessionKind } from '@/db/schema';
import { authorizePassword, authorizeTwoFactor } from './credential-steps';
import { consumeMagicLink } from './magic-link';
import { requestMetaFrom } from './request-meta';
import { SESSION_LIMITS } from './session-policy';
import { createSession } from './sessions';

declare module '@auth/core/types' {
  interface User {
    kind?: SessionKind;
  }
}

/** Which kind of session each way of signing in starts. */
export const SIGN_IN_KIND = {
  password: 'staff',
  'two-factor': 'staff',
  'magic-link': 'client',
} as const satisfies Record<string, SessionKind>;
export type SignInProvider = keyof typeof SIGN_IN_KIND;

const AUTH_BASE_PATH = '/api/auth';

const ZMagicCredentials = z.object({ token: z.string().min(20).max(200) });

export const lifetimeOf = (kind: SessionKind) => SESSION_LIMITS[kind].absoluteMs / 1000;

export function authConfig(deps: {
  getDb: () => Promise<Db>;
  secret: string;
  /** Seconds the cookie and its JWT live from now: see the top of this file. */
  lifetimeSeconds: number;
}): NextAuthConfig {
  const { getDb, secret, lifetimeSeconds } = deps;
  return {
    secret,
    trustHost: true,
    basePath: AUTH_BASE_PATH,
    session: { strategy: 'jwt', maxAge: lifetimeSeconds },
    pages: { signIn: '/sign-in', error: '/sign-in' },
    logger: {
      error(error) {
        // A wrong password is an answer, not a fault. Other errors are logged without the details
        // next-auth attaches, which can hold the submitted form.
        if (error instanceof CredentialsSignin) return;
        const cause = (error.cause as { err?: unknown } | undefined)?.err;
        console.error(`[auth] ${error.name}: ${error.message}`, cause instanceof Error ? cause.stack : '');
      },
    },
    providers: [
      Credentials({
        id: 'password',
        credentials: { email: {}, password: {} },
        async authorize(raw, request) {
          const userId = await authorizePassword(await getDb(), raw, requestMetaFrom(request.headers));
          return userId ? { id: userId, kind: SIGN_IN_KIND.password } : null;
        },
      }),
      Credentials({
        id: 'two-factor',
        credentials: { challenge: {}, code: {} },
        async authorize(raw, request) {
          const userId = await authorizeTwoFactor(await getDb(), raw, requestMetaFrom(request.headers));
          return userId ? { id: userId, kind: SIGN_IN_KIND['two-factor'] } : null;
        },
      }),
      Credentials({
        id: 'magic-link',
        credentials: { token: {} },
        async authorize(raw) {
          const parsed = ZMagicCredentials.safeParse(raw);
          if (!parsed.success) return null;
          const userId = await consumeMagicLink(await getDb(), parsed.data.token);
          return userId ? { id: userId, kind: SIGN_IN_KIND['magic-link'] } : null;
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user?.id && user.kind) {
          // The kind's limit must match the configuration's, or the cookie would outlive the session.
          if (lifetimeOf(user.kind) !== lifetimeSeconds)
            throw new Error(`${user.kind} sign-in, wrong lifetime`);
          token.sub = user.id;
          token.sid = await createSession(await getDb(), user.id, user.kind);
        }
        return token;
      },
      // The session id stays in the encrypted cookie for the server (current-session.ts): what this
      // returns is what /api/auth/session shows to page scripts, so nothing from the token goes in.
      session({ session }) {
        return { expires: session.expires };
      },
    },
  };
}

/**
 * The lifetime for a request to next-auth's own endpoints: a credentials callback starts its kind's
 * session; anything else carrying a valid session cookie keeps that cookie's expiry; otherwise the
 * shorter (staff) limit.
 */
export async function endpointLifetime(request: Request, secret: string): Promise<number> {
  const path = new URL(request.url).pathname;
  const provider = path.match(/\/callback\/([\w-]+)$/)?.[1];
  if (provider && provider in SIGN_IN_KIND) return lifetimeOf(SIGN_IN_KIND[provider as SignInProvider]);
  const fallback = lifetimeOf('staff');
  const cookie = sessionCookieOf(request);
  if (!cookie) return fallback;
  const payload = await decode({ token: cookie.value, secret, salt: cookie.name }).catch(() => null);
  const left = typeof payload?.exp === 'number' ? payload.exp - Math.floor(Date.now() / 1000) : 0;
  return left > 0 ? left : fallback;
}

/** next-auth's session cookie, whole or reassembled from its `.0`, `.1`, … chunks. */
function sessionCookieOf(request: Request): { name: string; value: string } | null {
  const pairs = (request.headers.get('cookie') ?? '')
    .split(';')
    .map((part) => part.trim().split('='))
    .map(([name = '', ...rest]) => ({ name, value: rest.join('=') }));
  for (const name of ['__Secure-authjs.session-token', 'authjs.session-token']) {
    const whole = pairs.find((c) => c.name === name);
    if (whole) return whole;
    const chunks = pairs
      .filter((c) => c.name.startsWith(`${name}.`) && /^\d+$/.test(c.name.slice(name.length + 1)))
      .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
    if (chunks.length > 0) return { name, value: chunks.map((c) => c.value).join('') };
  }
  return null;
}
