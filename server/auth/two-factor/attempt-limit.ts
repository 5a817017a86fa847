// Second-factor attempts are counted per person (and per address at sign-in): six digits are
// guessable only with unlimited tries, and a recovery code or password check must not be either.
import type { DbOrTx } from '@/db/client';
import { RATE_LIMITS, takeRateLimit } from '../rate-limit';

export async function takeCodeAttempt(db: DbOrTx, userId: string, ip?: string | null, now = new Date()) {
  if (!(await takeRateLimit(db, `2fa:user:${userId}`, RATE_LIMITS.twoFactorPerUser, now))) return false;
  if (ip === undefined) return true;
  return takeRateLimit(db, `2fa:ip:${ip ?? 'unknown'}`, RATE_LIMITS.twoFactorPerIp, now);
}
