// Step two: a code from the new authenticator turns it on (or moves it to a new phone, which also
// needs the old phone's code or the password), with a fresh set of recovery codes shown once.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { userTwoFactor } from '@/db/schema';
import { AppError } from '@/server/errors';
import type { RequestMeta } from '@/server/services/actor';
import { takeCodeAttempt } from './attempt-limit';
import { confirmIdentity, tooManyAttempts, ZConfirmation } from './confirm-identity';
import { recordAccountEvent } from './record-account-event';
import { replaceRecoveryCodes } from './replace-recovery-codes';
import { openTotpSecret } from './secret-box';
import { verifyTotp } from './totp';

export const ZConfirmSetupInput = z.object({
  code: z.string().trim().min(1, 'Enter the code your app shows.').max(20),
  /** Only when an authenticator is already on: its current code or the password. */
  confirmation: ZConfirmation.optional(),
});
type TConfirmSetupInput = z.infer<typeof ZConfirmSetupInput>;

export async function confirmTwoFactorSetup(
  db: Db,
  userId: string,
  input: TConfirmSetupInput,
  meta: RequestMeta,
  now = new Date(),
) {
  const [current] = await db
    .select({ enabledAt: userTwoFactor.enabledAt, pending: userTwoFactor.pendingSecretCiphertext })
    .from(userTwoFactor)
    .where(eq(userTwoFactor.userId, userId));
  const pending = current?.pending;
  if (!current || !pending) {
    throw new AppError('BAD_REQUEST', 'Start the setup again: there is no new authenticator waiting.');
  }
  const replacing = Boolean(current.enabledAt);
  if (replacing) {
    if (!input.confirmation) {
      throw new AppError('BAD_REQUEST', 'Enter a code from your current app, or your password.');
    }
    await confirmIdentity(db, userId, input.confirmation, now);
  } else if (!(await takeCodeAttempt(db, userId, undefined, now))) {
    throw tooManyAttempts();
  }
  const step = await verifyTotp(openTotpSecret(userId, pending), input.code, null, now);
  if (step === null) {
    throw new AppError(
      'BAD_REQUEST',
      'That code is not right. Check the time on your phone and try the newest code.',
    );
  }
  return db.transaction(async (tx) => {
    // The pending secret must still be the one just checked: a second setup started meanwhile wins.
    const [enabled] = await tx
      .update(userTwoFactor)
      .set({
        secretCiphertext: pending,
        enabledAt: current.enabledAt ?? now,
        lastUsedStep: step,
        pendingSecretCiphertext: null,
        pendingCreatedAt: null,
        updatedAt: now,
      })
      .where(and(eq(userTwoFactor.userId, userId), eq(userTwoFactor.pendingSecretCiphertext, pending)))
      .returning({ userId: userTwoFactor.userId });
    if (!enabled) throw new AppError('CONFLICT', 'Start the setup again.');
    const recoveryCodes = await replaceRecoveryCodes(tx, userId, now);
    await recordAccountEvent(tx, userId, meta, 'user.two-factor-enabled', { newAuthenticator: replacing });
    return { recoveryCodes };
  });
}
