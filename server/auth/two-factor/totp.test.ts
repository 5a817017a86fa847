import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { formatManualKey, newTotpSecret, otpauthUri, verifyTotp } from './totp';

const secret = newTotpSecret();
const now = new Date('2026-11-25T12:00:10Z');
const step = Math.floor(now.getTime() / 30_000);
const codeFor = (offsetSteps: number) =>
  generate({ secret, epoch: Math.floor(now.getTime() / 1000) + offsetSteps * 30, period: 30 });

describe('TOTP', () => {
  it('makes a 160-bit base32 secret and an otpauth URI apps read', () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    const uri = new URL(otpauthUri(secret, 'dana@harbor.example'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('issuer')).toBe('Ninefold');
    expect(formatManualKey('ABCDEFGHIJ')).toBe('ABCD EFGH IJ');
  });

  it('accepts the current code and one step either side, and gives its time step', async () => {
    expect(await verifyTotp(secret, await codeFor(0), null, now)).toBe(step);
    expect(await verifyTotp(secret, await codeFor(-1), null, now)).toBe(step - 1);
    expect(await verifyTotp(secret, await codeFor(1), null, now)).toBe(step + 1);
  });

  it('refuses codes two steps away, other secrets’ codes and anything not six digits', async () => {
    expect(await verifyTotp(secret, await codeFor(-2), null, now)).toBeNull();
    expect(await verifyTotp(secret, await codeFor(2), null, now)).toBeNull();
    const other = await generate({ secret: newTotpSecret(), epoch: Math.floor(now.getTime() / 1000) });
    expect(await verifyTotp(secret, other, null, now)).toBeNull();
    for (const junk of ['', '12345', '1234567', 'abcdef', '12 34 5x']) {
      expect(await verifyTotp(secret, junk, null, now)).toBeNull();
    }
  });

  it('reads a code typed with a space, as apps show it', async () => {
    const code = await codeFor(0);
    expect(await verifyTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, null, now)).toBe(step);
  });

  it('refuses a code of the last used step or earlier (replay), and accepts a later one', async () => {
    expect(await verifyTotp(secret, await codeFor(0), step, now)).toBeNull();
    expect(await verifyTotp(secret, await codeFor(-1), step, now)).toBeNull();
    expect(await verifyTotp(secret, await codeFor(1), step, now)).toBe(step + 1);
    expect(await verifyTotp(secret, await codeFor(0), step - 1, now)).toBe(step);
  });
});
