import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users, userTwoFactor } from '@/db/schema';
import type { RequestMeta } from '../services/actor';
import { verifyPassword } from './password';
import { RATE_LIMITS, takeRateLimit } from './rate-limit';

/**
 * Staff password check. Unknown email, wrong password and deactivated user all look the same.
 * `twoFactor`: the person must still enter a code before a session exists.
 */
export async function verifyCredentials(
  db: Db,
  email: string,
  password: string,
  meta: RequestMeta,
  now = new Date(),
): Promise<{ userId: string; twoFactor: boolean } | 'invalid' | 'rate-limited'> {
  const withinLimits =
    (await takeRateLimit(db, `signin:email:${email}`, RATE_LIMITS.signInPerEmail, now)) &&
    (await takeRateLimit(db, `signin:ip:${meta.ip ?? 'unknown'}`, RATE_LIMITS.signInPerIp, now));
  if (!withinLimits) return 'rate-limited';
  const [user] = await db
    .select({
      id: users.id,
      passwordHash: users.passwordHash,
      deactivatedAt: users.deactivatedAt,
      twoFactorEnabledAt: userTwoFactor.enabledAt,
    })
    .from(users)
    .leftJoin(userTwoFactor, eq(userTwoFactor.userId, users.id))
    .where(eq(users.email, email));
  const ok = await verifyPassword(user?.passwordHash, password);
  if (!ok || !user || user.deactivatedAt) return 'invalid';
  return { userId: user.id, twoFactor: Boolean(user.twoFactorEnabledAt) };
}
