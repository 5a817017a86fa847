// next-auth wiring. Every provider is Credentials, which forces JWT sessions; the JWT carries
// only a session id, and current-session.ts checks that id against the database on every request.
// Staff with two-factor sign-in pass two providers: 'password' answers with a challenge instead of
// a user (no session yet), and 'two-factor' turns the challenge and a code into the session
// (credential-steps.ts).
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import type { SessionKind } from '../../db/schema';
import { getDb } from '../db';
import { authSecret } from '../env';
import { authorizePassword, authorizeTwoFactor } from './credential-steps';
import { consumeMagicLink } from './magic-link';
import { requestMetaFrom } from './request-meta';
import { SESSION_LIMITS } from './session-policy';
import { createSession } from './sessions';

declare module 'next-auth' {
  interface User {
    kind?: SessionKind;
  }
  interface Session {
    sid?: string;
  }
}

const ZMagicCredentials = z.object({ token: z.string().min(20).max(200) });

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: 'jwt', maxAge: SESSION_LIMITS.client.absoluteMs / 1000 },
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
        return userId ? { id: userId, kind: 'staff' } : null;
      },
    }),
    Credentials({
      id: 'two-factor',
      credentials: { challenge: {}, code: {} },
      async authorize(raw, request) {
        const userId = await authorizeTwoFactor(await getDb(), raw, requestMetaFrom(request.headers));
        return userId ? { id: userId, kind: 'staff' } : null;
      },
    }),
    Credentials({
      id: 'magic-link',
      credentials: { token: {} },
      async authorize(raw) {
        const parsed = ZMagicCredentials.safeParse(raw);
        if (!parsed.success) return null;
        const userId = await consumeMagicLink(await getDb(), parsed.data.token);
        return userId ? { id: userId, kind: 'client' } : null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id && user.kind) {
        token.sub = user.id;
        token.sid = await createSession(await getDb(), user.id, user.kind);
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, sid: typeof token.sid === 'string' ? token.sid : undefined };
    },
  },
}));
