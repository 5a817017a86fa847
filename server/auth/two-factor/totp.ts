// RFC 6238 time-based codes (otplib): 30-second steps, 6 digits, SHA-1, as every authenticator
// app reads them. A code is accepted one step early or late (clock drift) and only for a step
// after the last one accepted, so a code seen over a shoulder cannot be used again.
import { generateSecret, generateURI, verify } from 'otplib';

export const TOTP_PERIOD_SECONDS = 30;
/** Seconds either side of now whose steps still count: one step each way. */
const TOLERANCE_SECONDS = TOTP_PERIOD_SECONDS;
const ISSUER = 'Ninefold';

export const TOTP_CODE = /^\d{6}$/;

/** 20 random bytes (160 bits, RFC 4226's recommendation), base32 as apps expect. */
export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

export function otpauthUri(secret: string, accountEmail: string): string {
  return generateURI({ issuer: ISSUER, label: accountEmail, secret });
}

/** The secret in groups of four, easier to type into an app by hand. */
export function formatManualKey(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

/** Digits only, so "123 456" as an app shows it is read as 123456. */
export function normalizeTotpCode(code: string): string {
  return code.replace(/[\s-]/g, '');
}

/**
 * The time step the code belongs to, or null when it is wrong, outside the window, or of a step
 * at or before `afterStep` (already used).
 */
export async function verifyTotp(
  secret: string,
  code: string,
  afterStep: number | null,
  now: Date = new Date(),
): Promise<number | null> {
  const token = normalizeTotpCode(code);
  if (!TOTP_CODE.test(token)) return null;
  const result = await verify({
    secret,
    token,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    period: TOTP_PERIOD_SECONDS,
  });
  // The union also covers HOTP results, which carry no time step.
  if (!result.valid || !('timeStep' in result)) return null;
  if (afterStep !== null && result.timeStep <= afterStep) return null;
  return result.timeStep;
}
