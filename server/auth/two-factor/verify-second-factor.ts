// The second step of a staff sign-in: a code from the person's authenticator (not one already
// used) or one of their unused recovery codes. Whatever is wrong, the answer is the same 'invalid'.
import { and, count, eq, isNotNull, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { recoveryCodes, users, userTwoFactor } from '@/db/schema';
import type { RequestMeta } from '@/server/services/actor';
import { takeCodeAttempt } from './attempt-limit';
import { recordAccountEvent } from './record-account-event';
import { hashRecoveryCode, looksLikeRecoveryCode } from './recovery-codes';
import { openTotpSecret } from './secret-box';
import { normalizeTotpCode, TOTP_CODE, verifyTotp } from './totp';

type SecondFactorResult = 'totp' | 'recovery' | 'invalid' | 'rate-limited';

export async function verifySecondFactor(
  db: Db,
  userId: string,
  code: string,
  meta: RequestMeta,
  now = new Date(),
): Promise<SecondFactorResult> {
  if (!(await takeCodeAttempt(db, userId, meta.ip, now))) return 'rate-limited';
  const [row] = await db
    .select({ secret: userTwoFactor.secretCiphertext, lastUsedStep: userTwoFactor.lastUsedStep })
    .from(userTwoFactor)
    .innerJoin(users, eq(users.id, userTwoFactor.userId))
    .where(
      and(eq(userTwoFactor.userId, userId), isNotNull(userTwoFactor.enabledAt), isNull(users.deactivatedAt)),
    );
  if (!row?.secret) return 'invalid';
  if (TOTP_CODE.test(normalizeTotpCode(code))) {
    return (await acceptTotp(db, userId, openTotpSecret(userId, row.secret), code, row.lastUsedStep, now))
      ? 'totp'
      : 'invalid';
  }
  if (looksLikeRecoveryCode(code))
    return (await spendRecoveryCode(db, userId, code, meta, now)) ? 'recovery' : 'invalid';
  return 'invalid';
}

/**
 * Checks a code and records its step in one conditional write, so two requests racing with the
 * same code cannot both pass.
 */
export async function acceptTotp(
  db: Db,
  userId: string,
  secret: string,
  code: string,
  lastUsedStep: number | null,
  now = new Date(),
): Promise<boolean> {
  const step = await verifyTotp(secret, code, lastUsedStep, now);
  if (step === null) return false;
  const updated = await db
    .update(userTwoFactor)
    .set({ lastUsedStep: step, updatedAt: now })
    .where(
      and(
        eq(userTwoFactor.userId, userId),
        or(isNull(userTwoFactor.lastUsedStep), lt(userTwoFactor.lastUsedStep, step)),
      ),
    )
    .returning({ userId: userTwoFactor.userId });
  return updated.length === 1;
}

async function spendRecoveryCode(db: Db, userId: string, code: string, meta: RequestMeta, now: Date) {
  return db.transaction(async (tx) => {
    const used = await tx
      .update(recoveryCodes)
      .set({ usedAt: now })
      .where(
        and(
          eq(recoveryCodes.userId, userId),
          eq(recoveryCodes.codeHash, hashRecoveryCode(userId, code)),
          isNull(recoveryCodes.usedAt),
        ),
      )
      .returning({ id: recoveryCodes.id });
    if (used.length !== 1) return false;
    const [left] = await tx
      .select({ n: count() })
      .from(recoveryCodes)
      .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
    await recordAccountEvent(tx, userId, meta, 'user.recovery-code-used', { remaining: left?.n ?? 0 });
    return true;
  });
}
