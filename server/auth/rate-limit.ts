// Fixed-window rate limits kept in Postgres, so every app instance shares them.
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { rateLimitBuckets } from '@/db/schema';

type RateLimitRule = { limit: number; windowSeconds: number };

export const RATE_LIMITS = {
  signInPerEmail: { limit: 5, windowSeconds: 15 * 60 },
  signInPerIp: { limit: 30, windowSeconds: 15 * 60 },
  magicLinkPerEmail: { limit: 3, windowSeconds: 15 * 60 },
  magicLinkPerIp: { limit: 20, windowSeconds: 15 * 60 },
  signUpPerIp: { limit: 10, windowSeconds: 60 * 60 },
  /** Each sign-up mails the address, so it is limited like a sign-in link. */
  signUpPerEmail: { limit: 3, windowSeconds: 15 * 60 },
  /** Passwords tried on one sign-up link. */
  signUpConfirmPerLink: { limit: 5, windowSeconds: 15 * 60 },
  /** Codes (authenticator or recovery) and re-confirmations of two-factor settings. */
  twoFactorPerUser: { limit: 5, windowSeconds: 15 * 60 },
  twoFactorPerIp: { limit: 30, windowSeconds: 15 * 60 },
} as const satisfies Record<string, RateLimitRule>;

export function windowStart(now: Date, windowSeconds: number): Date {
  const ms = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / ms) * ms);
}

/**
 * Whole minutes (at least one) until the rules' current windows have all ended and a refused caller
 * may try again. Windows are aligned to the clock, not to the caller, so every key hears the same.
 */
export function minutesUntilWindowsEnd(now: Date, rules: readonly RateLimitRule[]): number {
  const ends = rules.map((r) => windowStart(now, r.windowSeconds).getTime() + r.windowSeconds * 1000);
  return Math.max(1, Math.ceil((Math.max(...ends) - now.getTime()) / 60_000));
}

/** Counts one hit and says whether the caller is still within the limit. */
export async function takeRateLimit(
  db: DbOrTx,
  key: string,
  rule: RateLimitRule,
  now: Date = new Date(),
): Promise<boolean> {
  const [row] = await db
    .insert(rateLimitBuckets)
    .values({ key, windowStart: windowStart(now, rule.windowSeconds), hits: 1 })
    .onConflictDoUpdate({
      target: [rateLimitBuckets.key, rateLimitBuckets.windowStart],
      set: { hits: sql`${rateLimitBuckets.hits} + 1` },
    })
    .returning({ hits: rateLimitBuckets.hits });
  return (row?.hits ?? 0) <= rule.limit;
}
