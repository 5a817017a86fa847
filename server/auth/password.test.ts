import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

/** `$argon2id$v=19$m=19456,t=2,p=1$salt$hash` -> { m: 19456, t: 2, p: 1 } */
function argon2Parameters(encoded: string) {
  const [, algorithm, , params] = encoded.split('$');
  const numbers = Object.fromEntries(
    (params ?? '').split(',').map((pair) => {
      const [key, value] = pair.split('=');
      return [key, Number(value)];
    }),
  );
  return { algorithm, ...numbers };
}

describe('password hashing', () => {
  it('uses argon2id with at least OWASP’s memory and time cost', async () => {
    const encoded = await hashPassword('correct horse battery');
    const params = argon2Parameters(encoded);
    expect(params.algorithm).toBe('argon2id');
    expect(params.m).toBeGreaterThanOrEqual(19456);
    expect(params.t).toBeGreaterThanOrEqual(2);
    expect(encoded).not.toContain('correct horse battery');
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same password')).not.toBe(await hashPassword('same password'));
  });

  it('accepts the right password and rejects a wrong one', async () => {
    const encoded = await hashPassword('correct horse battery');
    expect(await verifyPassword(encoded, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(encoded, 'correct horse batterY')).toBe(false);
    expect(await verifyPassword(encoded, '')).toBe(false);
  });

  it('rejects every password for a missing or malformed hash instead of throwing', async () => {
    expect(await verifyPassword(null, 'anything')).toBe(false);
    expect(await verifyPassword(undefined, 'anything')).toBe(false);
    expect(await verifyPassword('', 'anything')).toBe(false);
    expect(await verifyPassword('not-an-argon2-hash', 'anything')).toBe(false);
  });
});
