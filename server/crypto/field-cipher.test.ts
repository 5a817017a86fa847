import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptJson, encryptJson, type Keyring, keyId } from './field-cipher';

const oldKey = randomBytes(32);
const newKey = randomBytes(32);
const before: Keyring = { current: oldKey, previous: [] };
const afterRotation: Keyring = { current: newKey, previous: [oldKey] };

describe('field cipher', () => {
  it('round-trips a value and never stores the plaintext', () => {
    const text = encryptJson({ note: 'sleeping badly since March' }, 'notes:p:1', before);
    expect(text).not.toContain('sleeping');
    expect(decryptJson(text, 'notes:p:1', before)).toEqual({ note: 'sleeping badly since March' });
  });

  it('names its key in the ciphertext, by a hash that does not reveal the key', () => {
    const text = encryptJson('x', 'row', before);
    expect(text.split('.')[1]).toBe(keyId(oldKey));
    expect(text).not.toContain(oldKey.toString('base64url'));
  });

  it('refuses a ciphertext moved onto another row', () => {
    const text = encryptJson('x', 'notes:p:1', before);
    expect(() => decryptJson(text, 'notes:p:2', before)).toThrow();
  });

  it('refuses a tampered ciphertext', () => {
    const parts = encryptJson('a long enough value', 'row', before).split('.');
    const body = Buffer.from(parts[4] ?? '', 'base64url');
    body[0] = (body[0] ?? 0) ^ 1;
    parts[4] = body.toString('base64url');
    expect(() => decryptJson(parts.join('.'), 'row', before)).toThrow();
  });

  it('after a rotation, writes with the new key and still reads rows written with the old one', () => {
    const old = encryptJson('written last year', 'row', before);
    const fresh = encryptJson('written today', 'row', afterRotation);
    expect(fresh.split('.')[1]).toBe(keyId(newKey));
    expect(decryptJson(old, 'row', afterRotation)).toBe('written last year');
    expect(decryptJson(fresh, 'row', afterRotation)).toBe('written today');
  });

  it('says which key is missing when a retired key was dropped too early', () => {
    const old = encryptJson('x', 'row', before);
    expect(() => decryptJson(old, 'row', { current: newKey, previous: [] })).toThrow(keyId(oldKey));
  });
});
