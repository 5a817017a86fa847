// The two-factor challenge between the password and the code lives in an httpOnly cookie scoped to
// the sign-in pages, never in the page itself, and dies with the five-minute challenge.
import { cookies, headers } from 'next/headers';
import { CHALLENGE_TTL_SECONDS } from '@/server/auth/two-factor/sign-in-challenge';

const NAME = 'ninefold.two-factor';
const PATH = '/sign-in';

export async function setChallengeCookie(challenge: string) {
  const proto = (await headers()).get('x-forwarded-proto');
  const secure = (process.env.AUTH_URL ?? '').startsWith('https:') || proto === 'https';
  (await cookies()).set(NAME, challenge, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: PATH,
    maxAge: CHALLENGE_TTL_SECONDS,
  });
}

export async function readChallengeCookie(): Promise<string | null> {
  return (await cookies()).get(NAME)?.value ?? null;
}

export async function clearChallengeCookie() {
  (await cookies()).delete({ name: NAME, path: PATH });
}
