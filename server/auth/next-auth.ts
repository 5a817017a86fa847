// next-auth wiring (the configuration is auth-config.ts). Staff with two-factor sign-in pass two
// providers: 'password' answers with a challenge instead of a user (no session yet), and
// 'two-factor' turns the challenge and a code into the session (credential-steps.ts).
// One next-auth instance per cookie lifetime: sign-ins from server actions use their kind's
// instance; next-auth's own endpoints (/api/auth/*) work out the lifetime from the request.
import NextAuth from 'next-auth';
import type { SessionKind } from '@/db/schema';
import { getDb } from '../db';
import { authSecret } from '../env';
import { authConfig, endpointLifetime, lifetimeOf, SIGN_IN_KIND, type SignInProvider } from './auth-config';

const forKind = (kind: SessionKind) =>
  NextAuth(() => authConfig({ getDb, secret: authSecret(), lifetimeSeconds: lifetimeOf(kind) }));

const byKind = { staff: forKind('staff'), client: forKind('client') };

const endpoints = NextAuth(async (request) => {
  const secret = authSecret();
  const lifetimeSeconds = request ? await endpointLifetime(request, secret) : lifetimeOf('staff');
  return authConfig({ getDb, secret, lifetimeSeconds });
});

export const { handlers, signOut } = endpoints;

type SignInOptions = Record<string, string | boolean | undefined> & {
  redirectTo?: string;
  redirect?: boolean;
};

export function signIn(provider: SignInProvider, options: SignInOptions) {
  return byKind[SIGN_IN_KIND[provider]].signIn(provider, options);
}
