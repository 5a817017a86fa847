import { describe, expect, it } from 'vitest';
import { minutesUntilWindowsEnd, RATE_LIMITS, windowStart } from './rate-limit';

const FIFTEEN_MINUTES = 15 * 60;

describe('windowStart', () => {
  it('aligns to multiples of the window since the epoch', () => {
    expect(windowStart(new Date('2026-03-02T09:07:31.250Z'), FIFTEEN_MINUTES)).toEqual(
      new Date('2026-03-02T09:00:00Z'),
    );
    expect(windowStart(new Date('2026-03-02T09:59:59.999Z'), 60 * 60)).toEqual(
      new Date('2026-03-02T09:00:00Z'),
    );
  });

  it('starts a new window exactly at the boundary', () => {
    const boundary = new Date('2026-03-02T09:15:00Z');
    expect(windowStart(boundary, FIFTEEN_MINUTES)).toEqual(boundary);
    expect(windowStart(new Date(boundary.getTime() - 1), FIFTEEN_MINUTES)).toEqual(
      new Date('2026-03-02T09:00:00Z'),
    );
  });

  it('puts every instant of one window in the same bucket', () => {
    const start = new Date('2026-03-02T09:15:00Z');
    for (const offsetMs of [0, 1, 60_000, FIFTEEN_MINUTES * 1000 - 1]) {
      expect(windowStart(new Date(start.getTime() + offsetMs), FIFTEEN_MINUTES)).toEqual(start);
    }
  });
});

describe('RATE_LIMITS', () => {
  it('allows 5 sign-ins and 3 magic links per email each 15 minutes', () => {
    expect(RATE_LIMITS.signInPerEmail).toEqual({ limit: 5, windowSeconds: FIFTEEN_MINUTES });
    expect(RATE_LIMITS.magicLinkPerEmail).toEqual({ limit: 3, windowSeconds: FIFTEEN_MINUTES });
  });
});

describe('minutesUntilWindowsEnd', () => {
  const rules = [RATE_LIMITS.magicLinkPerEmail, RATE_LIMITS.magicLinkPerIp];

  it('counts whole minutes up to the end of the current windows', () => {
    expect(minutesUntilWindowsEnd(new Date('2026-03-02T09:07:31Z'), rules)).toBe(8);
    expect(minutesUntilWindowsEnd(new Date('2026-03-02T09:00:00Z'), rules)).toBe(15);
  });

  it('never says less than a minute', () => {
    expect(minutesUntilWindowsEnd(new Date('2026-03-02T09:14:59.500Z'), rules)).toBe(1);
  });

  it('waits for the longest window when they differ', () => {
    const hour = { limit: 1, windowSeconds: 60 * 60 };
    expect(minutesUntilWindowsEnd(new Date('2026-03-02T09:07:31Z'), [...rules, hour])).toBe(53);
  });
});
