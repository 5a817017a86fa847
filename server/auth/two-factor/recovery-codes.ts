// Recovery codes: ten single-use codes shown once, kept only as hashes. Each has 80 random bits
// (16 characters of Crockford's base32), so a fast hash is safe: guessing one from its hash is out
// of reach, unlike a password. The user id is hashed in, so equal codes of two people never match.
import { createHash, randomBytes } from 'node:crypto';

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const LENGTH = 16;

/** `abcd-efgh-jkmn-pqrs`: four groups of four. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(LENGTH);
    const chars = Array.from(bytes, (b) => ALPHABET[b & 31]).join('');
    return chars.match(/.{4}/g)?.join('-') ?? chars;
  });
}

/** Case, spaces and dashes do not matter; letters people misread count as the digits they look like. */
export function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '').replace(/o/g, '0').replace(/[il]/g, '1');
}

export function looksLikeRecoveryCode(code: string): boolean {
  return new RegExp(`^[${ALPHABET}]{${LENGTH}}$`).test(normalizeRecoveryCode(code));
}

export function hashRecoveryCode(userId: string, code: string): string {
  return createHash('sha256')
    .update(`ninefold-recovery:${userId}:${normalizeRecoveryCode(code)}`)
    .digest('hex');
}
