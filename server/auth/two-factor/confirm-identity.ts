// Changing two-factor settings while signed in asks again who is there: a current code from the
// authenticator, or the password (a person who lost their phone still has that). Counted against
// the same attempt limit as sign-in codes.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { users, userTwoFactor } from '@/db/schema';
import { AppError } from '@/server/errors';
import { verifyPassword } from '../password';
import { takeCodeAttempt } from './attempt-limit';
import { openTotpSecret } from './secret-box';
import { normalizeTotpCode, TOTP_CODE } from './totp';
import { acceptTotp } from './verify-second-factor';

/** A six-digit code or the password (passwords are at least ten characters, so never six digits). */
export const ZConfirmation = z.string().trim().min(1, 'Enter a code or your password.').max(200);

export const tooManyAttempts = () =>
  new AppError('TOO_MANY_REQUESTS', 'Too many attempts. Wait 15 minutes and try again.');

export async function confirmIdentity(db: Db, userId: string, confirmation: string, now = new Date()) {
  if (!(await takeCodeAttempt(db, userId, undefined, now))) throw tooManyAttempts();
  const [row] = await db
    .select({
      passwordHash: users.passwordHash,
      secret: userTwoFactor.secretCiphertext,
      lastUsedStep: userTwoFactor.lastUsedStep,
    })
    .from(users)
    .leftJoin(userTwoFactor, eq(userTwoFactor.userId, users.id))
    .where(eq(users.id, userId));
  const ok =
    TOTP_CODE.test(normalizeTotpCode(confirmation)) && row?.secret
      ? await acceptTotp(
          db,
          userId,
          openTotpSecret(userId, row.secret),
          confirmation,
          row.lastUsedStep ?? null,
          now,
        )
      : await verifyPassword(row?.passwordHash, confirmation);
  if (!ok) {
    throw new AppError('BAD_REQUEST', 'That code or password is not right. Nothing was changed.');
  }
}
