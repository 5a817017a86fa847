// What the account security page shows: whether two-factor sign-in is on, how many recovery codes
// are left, and which of the person's practices require it (then it cannot be turned off).
import { and, asc, count, eq, isNull, ne } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { memberships, practices, recoveryCodes, userTwoFactor } from '@/db/schema';

export async function practicesRequiringTwoFactor(db: DbOrTx, userId: string) {
  return db
    .select({ practiceId: practices.id, name: practices.name })
    .from(memberships)
    .innerJoin(practices, eq(practices.id, memberships.practiceId))
    .where(
      and(
        eq(memberships.userId, userId),
        eq(memberships.status, 'active'),
        ne(memberships.role, 'client'),
        eq(practices.requireTwoFactor, true),
      ),
    )
    .orderBy(asc(practices.name));
}

export async function getTwoFactorStatus(db: Db, userId: string) {
  const [row] = await db
    .select({ enabledAt: userTwoFactor.enabledAt })
    .from(userTwoFactor)
    .where(eq(userTwoFactor.userId, userId));
  const [left] = await db
    .select({ n: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return {
    enabled: Boolean(row?.enabledAt),
    enabledAt: row?.enabledAt ?? null,
    recoveryCodesLeft: row?.enabledAt ? (left?.n ?? 0) : 0,
    requiredBy: await practicesRequiringTwoFactor(db, userId),
  };
}
