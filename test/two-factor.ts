// Turns on two-factor sign-in for a test user the way a person does (begin, then a code from the
// app), and computes codes as their authenticator app would.
import { generate } from 'otplib';
import type { Db } from '../db/client';
import { beginTwoFactorSetup } from '../server/auth/two-factor/begin-two-factor-setup';
import { confirmTwoFactorSetup } from '../server/auth/two-factor/confirm-two-factor-setup';
import { TOTP_PERIOD_SECONDS } from '../server/auth/two-factor/totp';

export const META = { ip: '203.0.113.9', userAgent: 'vitest' };

export function codeAt(secret: string, at: Date): Promise<string> {
  return generate({ secret, epoch: Math.floor(at.getTime() / 1000), period: TOTP_PERIOD_SECONDS });
}

/** `at`: when the confirming code is entered; later codes must belong to a later 30-second step. */
export async function enableTwoFactor(db: Db, userId: string, at = new Date()) {
  const { manualKey } = await beginTwoFactorSetup(db, userId, at);
  const secret = manualKey.replace(/\s/g, '');
  const { recoveryCodes } = await confirmTwoFactorSetup(
    db,
    userId,
    { code: await codeAt(secret, at) },
    META,
    at,
  );
  return { secret, recoveryCodes };
}

/** The start of the 30-second step `steps` after the one `at` is in. */
export function stepsLater(at: Date, steps: number): Date {
  const period = TOTP_PERIOD_SECONDS * 1000;
  return new Date((Math.floor(at.getTime() / period) + steps) * period + 1000);
}
