import { describe, expect, it } from 'vitest';
import { progressStart } from './progress-inputs';
import { type CheckInAnswer, isoWeekStart, weeklyAverages } from './weekly-averages';

const A = 'partner-a';
const B = 'partner-b';

const checkIn = (author: string, on: string, self: number, partner: number): CheckInAnswer => ({
  authorPartnerId: author,
  on,
  ratings: [{ behavior: 'compassion', self, partner }],
});

const compassion = (checkIns: CheckInAnswer[]) =>
  weeklyAverages(checkIns).find((b) => b.behavior === 'compassion');

describe('isoWeekStart', () => {
  it.each([
    ['2026-11-23', '2026-11-23'], // a Monday is its own week's start
    ['2026-11-29', '2026-11-23'], // Sunday belongs to the week before it
    ['2026-11-30', '2026-11-30'],
    ['2027-01-01', '2026-12-28'], // across a year end
    ['2024-03-01', '2024-02-26'], // across a leap day
  ])('%s is in the week of %s', (on, monday) => {
    expect(isoWeekStart(on)).toBe(monday);
  });
});

describe('progressStart', () => {
  it('covers this week and the weeks before it', () => {
    const thursday = new Date('2026-11-26T23:30:00Z');
    expect(progressStart(1, thursday)).toBe('2026-11-23');
    expect(progressStart(3, thursday)).toBe('2026-11-09');
  });
});

describe('weeklyAverages', () => {
  it('lists all nine behaviors, in order, even with no check-ins', () => {
    const progress = weeklyAverages([]);
    expect(progress.map((b) => b.behavior)).toEqual([
      'attentive-listening',
      'compassion',
      'shared-laughter',
      'de-escalation',
      'present-focus',
      'basic-trust',
      'accountability',
      'constructive-energy',
      'quality-time',
    ]);
    expect(progress.every((b) => b.weeks.length === 0)).toBe(true);
  });

  it('averages self and partner ratings by ISO week, and the gap between how each sees themself and is seen', () => {
    // A: "I did 4, B did 2". B: "I did 3, A did 1". Gap for A: |4 - 1| = 3; for B: |3 - 2| = 1.
    const weeks = compassion([checkIn(A, '2026-11-24', 4, 2), checkIn(B, '2026-11-29', 3, 1)])?.weeks;
    expect(weeks).toEqual([{ weekOf: '2026-11-23', selfAverage: 3.5, partnerAverage: 1.5, gap: 2 }]);
  });

  it('gives no gap when only one partner rated that week, and sorts weeks oldest first', () => {
    const weeks = compassion([checkIn(A, '2026-12-01', 5, 4), checkIn(A, '2026-11-24', 2, 3)])?.weeks;
    expect(weeks).toEqual([
      { weekOf: '2026-11-23', selfAverage: 2, partnerAverage: 3, gap: null },
      { weekOf: '2026-11-30', selfAverage: 5, partnerAverage: 4, gap: null },
    ]);
  });

  it('pairs ratings within a week only, and averages several check-ins in one week before the gap', () => {
    const weeks = compassion([
      checkIn(A, '2026-11-23', 5, 3),
      checkIn(A, '2026-11-25', 4, 3),
      checkIn(B, '2026-11-26', 2, 2),
      checkIn(B, '2026-11-30', 1, 5), // next week: pairs with nothing of A
    ])?.weeks;
    // A self 4.5, B's rating of A 2 -> 2.5; B self 2, A's rating of B 3 -> 1; mean 1.75.
    expect(weeks?.[0]).toEqual({ weekOf: '2026-11-23', selfAverage: 3.67, partnerAverage: 2.67, gap: 1.75 });
    expect(weeks?.[1]).toEqual({ weekOf: '2026-11-30', selfAverage: 1, partnerAverage: 5, gap: null });
  });

  it('keeps each behavior’s ratings to that behavior', () => {
    const progress = weeklyAverages([
      {
        authorPartnerId: A,
        on: '2026-11-24',
        ratings: [
          { behavior: 'compassion', self: 5, partner: 5 },
          { behavior: 'accountability', self: 1, partner: 2 },
        ],
      },
    ]);
    expect(progress.find((b) => b.behavior === 'accountability')?.weeks).toEqual([
      { weekOf: '2026-11-23', selfAverage: 1, partnerAverage: 2, gap: null },
    ]);
    expect(progress.find((b) => b.behavior === 'de-escalation')?.weeks).toEqual([]);
  });
});
