import { describe, expect, it } from 'vitest';
import {
  hashRecoveryCode,
  looksLikeRecoveryCode,
  newRecoveryCodes,
  normalizeRecoveryCode,
  RECOVERY_CODE_COUNT,
} from './recovery-codes';

describe('recovery codes', () => {
  it('makes ten distinct codes of four groups of four', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) {
      expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){3}$/);
      expect(looksLikeRecoveryCode(code)).toBe(true);
    }
  });

  it('reads a code however it is typed: case, spaces, dashes, O for 0 and I or L for 1', () => {
    expect(normalizeRecoveryCode('AB0C-1DEF 2GH3-JK45')).toBe('ab0c1def2gh3jk45');
    expect(normalizeRecoveryCode('abOc-IdeF-2gh3-jk45')).toBe('ab0c1def2gh3jk45');
    expect(hashRecoveryCode('u', 'ABOC-LDEF-2GH3-JK45')).toBe(hashRecoveryCode('u', 'ab0c1def2gh3jk45'));
    expect(looksLikeRecoveryCode('123456')).toBe(false);
  });

  it('hashes with the user, so the same code of two people never matches, and never stores it plain', () => {
    const [code = ''] = newRecoveryCodes(1);
    expect(hashRecoveryCode('user-a', code)).not.toBe(hashRecoveryCode('user-b', code));
    expect(hashRecoveryCode('user-a', code)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode('user-a', code)).not.toContain(normalizeRecoveryCode(code));
  });
});
