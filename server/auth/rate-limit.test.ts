import { describe, expect, it } from 'vitest';
import { RATE_LIMITS, windowStart } from './rate-limit';

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
