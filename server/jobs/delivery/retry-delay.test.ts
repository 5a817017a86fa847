import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './retry-delay';

describe('retry backoff', () => {
  it('doubles per attempt, between half and all of the full delay', () => {
    expect(retryDelayMs(1, 1000, () => 1)).toBe(1000);
    expect(retryDelayMs(2, 1000, () => 1)).toBe(2000);
    expect(retryDelayMs(4, 1000, () => 1)).toBe(8000);
    expect(retryDelayMs(4, 1000, () => 0)).toBe(4000);
  });

  it('never waits more than an hour', () => {
    expect(retryDelayMs(40, 30_000, () => 1)).toBe(3_600_000);
  });
});
