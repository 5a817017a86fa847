import { describe, expect, it } from 'vitest';
import { checkInChanges, isQuiet, largestPerceptionGap } from './digest-figures';

describe('checkInChanges', () => {
  it('pairs each behavior’s latest rating with the one before, for one partner only', () => {
    const changes = checkInChanges(
      [
        {
          authorPartnerId: 'a',
          on: '2026-11-20',
          ratings: [{ behavior: 'compassion', self: 4, partner: 2 }],
        },
        {
          authorPartnerId: 'a',
          on: '2026-11-06',
          ratings: [{ behavior: 'compassion', self: 2, partner: 3 }],
        },
        {
          authorPartnerId: 'b',
          on: '2026-11-21',
          ratings: [{ behavior: 'compassion', self: 5, partner: 5 }],
        },
        {
          authorPartnerId: 'a',
          on: '2026-11-13',
          ratings: [{ behavior: 'quality-time', self: 3, partner: 3 }],
        },
      ],
      'a',
    );
    expect(changes).toEqual([
      {
        behavior: 'compassion',
        latest: { on: '2026-11-20', self: 4, partner: 2 },
        previous: { on: '2026-11-06', self: 2, partner: 3 },
      },
      { behavior: 'quality-time', latest: { on: '2026-11-13', self: 3, partner: 3 }, previous: null },
    ]);
  });
});

describe('largestPerceptionGap', () => {
  const week = (weekOf: string, gap: number | null) => ({ weekOf, selfAverage: 3, partnerAverage: 3, gap });
  it('compares each behavior’s most recent gap and keeps the largest', () => {
    expect(
      largestPerceptionGap([
        {
          behavior: 'compassion',
          weeks: [week('2026-11-09', 4), week('2026-11-16', 1)],
        },
        {
          behavior: 'accountability',
          weeks: [week('2026-11-16', 2), week('2026-11-23', null)],
        },
      ]),
    ).toEqual({ behavior: 'accountability', weekOf: '2026-11-16', gap: 2 });
    expect(largestPerceptionGap([{ behavior: 'compassion', weeks: [] }])).toBeNull();
  });
});

describe('isQuiet', () => {
  const now = new Date('2026-11-25T12:00:00Z');
  const joined = new Date('2026-10-01T00:00:00Z');
  it('counts from the last activity, or from joining when there was none, for active couples only', () => {
    expect(isQuiet({ status: 'active', createdAt: joined }, new Date('2026-11-14T11:00:00Z'), now, 10)).toBe(
      true,
    );
    expect(isQuiet({ status: 'active', createdAt: joined }, new Date('2026-11-16T00:00:00Z'), now, 10)).toBe(
      false,
    );
    expect(isQuiet({ status: 'active', createdAt: new Date('2026-11-20T00:00:00Z') }, null, now, 10)).toBe(
      false,
    );
    expect(isQuiet({ status: 'paused', createdAt: joined }, null, now, 10)).toBe(false);
  });
});
