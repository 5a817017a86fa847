import { describe, expect, it } from 'vitest';
import { sparseTicks } from './chart-frame';

describe('sparseTicks', () => {
  it('keeps every value when there are few', () => {
    expect(sparseTicks([1, 2, 3], 4)).toEqual([1, 2, 3]);
  });

  it('keeps about four, evenly spaced, always the first and the last', () => {
    const twelve = Array.from({ length: 12 }, (_, i) => i);
    expect(sparseTicks(twelve, 4)).toEqual([0, 4, 8, 11]);
    const thirteen = Array.from({ length: 13 }, (_, i) => i);
    expect(sparseTicks(thirteen, 4)).toEqual([0, 4, 8, 12]);
  });

  it('drops the label before the last when the two would sit side by side', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => i);
    // Step 4: 0, 4, 8, and the last, 10, two weeks on.
    expect(sparseTicks(eleven, 4)).toEqual([0, 4, 8, 10]);
    const six = Array.from({ length: 6 }, (_, i) => i);
    // Step 2: 0, 2, 4, and the last, 5, right beside 4: 4 goes.
    expect(sparseTicks(six, 4)).toEqual([0, 2, 5]);
  });
});
