// What the sign-in providers decide, apart from next-auth so tests can drive it: the password step
// either names the user (no two-factor: next-auth then creates the session) or throws a challenge,
// and the code step turns a challenge and a code into the user. Neither creates a session itself.
// next-auth re-exports this very class; importing it from core keeps Next.js out of tests.
import { CredentialsSignin } from '@auth/core/errors';
import { z } from 'zod';
import type { Db } from '@/db/client';
import type { RequestMeta } from '../services/actor';
import { createSignInChallenge, readSignInChallenge } from './two-factor/sign-in-challenge';
import { verifySecondFactor } from './two-factor/verify-second-factor';
import { verifyCredentials } from './verify-credentials';

class RateLimitedSignIn extends CredentialsSignin {
  code = 'rate_limited';
}

/** The password was right and a code is needed next: carries the challenge for the second step. */
export class TwoFactorRequired extends CredentialsSignin {
  code = 'two_factor_required';
  constructor(readonly challenge: string) {
    super();
  }
}

/** The challenge is missing, forged or older than five minutes: start again from the password. */
export class TwoFactorChallengeExpired extends CredentialsSignin {
  code = 'two_factor_expired';
}

const ZPasswordCredentials = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(200),
});
const ZTwoFactorCredentials = z.object({
  challenge: z.string().min(20).max(2000),
  code: z.string().trim().min(1).max(40),
});

/** The staff user to sign in, or null for a wrong password (next-auth's "invalid credentials"). */
export async function authorizePassword(db: Db, raw: unknown, meta: RequestMeta): Promise<string | null> {
  const parsed = ZPasswordCredentials.safeParse(raw);
  if (!parsed.success) return null;
  const result = await verifyCredentials(db, parsed.data.email, parsed.data.password, meta);
  if (result === 'rate-limited') throw new RateLimitedSignIn();
  if (result === 'invalid') return null;
  if (result.twoFactor) throw new TwoFactorRequired(await createSignInChallenge(result.userId));
  return result.userId;
}

/** The user the challenge names, once their code (or an unused recovery code) is right; else null. */
export async function authorizeTwoFactor(db: Db, raw: unknown, meta: RequestMeta): Promise<string | null> {
  const parsed = ZTwoFactorCredentials.safeParse(raw);
  if (!parsed.success) return null;
  const userId = await readSignInChallenge(parsed.data.challenge);
  if (!userId) throw new TwoFactorChallengeExpired();
  const result = await verifySecondFactor(db, userId, parsed.data.code, meta);
  if (result === 'rate-limited') throw new RateLimitedSignIn();
  return result === 'invalid' ? null : userId;
}
