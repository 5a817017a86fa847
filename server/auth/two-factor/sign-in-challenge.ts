// Between a correct password and a correct code there is no session, only this: a short-lived
// token, encrypted and authenticated under AUTH_SECRET (next-auth's own JWT encryption, with a
// salt of its own so it can never pass for a session cookie), naming who passed the password.
import { decode, encode } from 'next-auth/jwt';
import { authSecret } from '@/server/env';

export const CHALLENGE_TTL_SECONDS = 5 * 60;
const SALT = 'ninefold.two-factor-challenge';
const PURPOSE = 'two-factor-sign-in';

export function createSignInChallenge(userId: string): Promise<string> {
  return encode({
    token: { sub: userId, purpose: PURPOSE },
    secret: authSecret(),
    salt: SALT,
    maxAge: CHALLENGE_TTL_SECONDS,
  });
}

/** The user id the challenge names, or null when it is forged, expired or something else. */
export async function readSignInChallenge(token: string): Promise<string | null> {
  const payload = await decode({ token, secret: authSecret(), salt: SALT }).catch(() => null);
  if (!payload || payload.purpose !== PURPOSE || typeof payload.sub !== 'string') return null;
  return payload.sub;
}
