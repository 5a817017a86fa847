import { describe, expect, it } from 'vitest';
import { checkInDue } from './portal-safety';

const DAY = 86_400_000;
const now = new Date('2026-11-25T12:00:00Z');

describe('checkInDue', () => {
  it('is due before the first check-in, whatever the cadence', () => {
    expect(checkInDue(null, 0, now)).toBe(true);
    expect(checkInDue(null, 30, now)).toBe(true);
  });

  it('is due again once the cadence has passed, to the millisecond', () => {
    expect(checkInDue(new Date(now.getTime() - 30 * DAY + 1), 30, now)).toBe(false);
    expect(checkInDue(new Date(now.getTime() - 30 * DAY), 30, now)).toBe(true);
  });

  it('is never due again with "only the first one"', () => {
    expect(checkInDue(new Date(now.getTime() - 3650 * DAY), 0, now)).toBe(false);
  });
});
