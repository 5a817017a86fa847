import { describe, expect, it } from 'vitest';
import { chartWeeks, progressSeries } from './progress-series';
import type { CheckInAnswer } from './weekly-averages';

const A = 'partner-a';
const B = 'partner-b';

const checkIn = (author: string, on: string, self: number, partner: number): CheckInAnswer => ({
  authorPartnerId: author,
  on,
  ratings: [{ behavior: 'compassion', self, partner }],
});

const compassion = (...args: Parameters<typeof progressSeries>) =>
  progressSeries(...args).find((b) => b.behavior === 'compassion');

describe('progressSeries', () => {
  it('keeps each partner apart: their self-rating beside the other’s rating of them, never averaged', () => {
    // A: "I did 4, B did 2". B: "I did 3, A did 1".
    const series = compassion([A, B], [], [checkIn(A, '2026-11-24', 4, 2), checkIn(B, '2026-11-29', 3, 1)]);
    expect(series?.ratings).toEqual([
      { partnerId: A, weeks: [{ weekOf: '2026-11-23', self: 4, byOther: 1, gap: 3 }] },
      { partnerId: B, weeks: [{ weekOf: '2026-11-23', self: 3, byOther: 2, gap: 1 }] },
    ]);
  });

  it('follows the order of the partners given, and lists a partner with no ratings with no weeks', () => {
    const series = compassion([B, A], [], [checkIn(A, '2026-11-24', 4, 2)]);
    expect(series?.ratings).toEqual([
      { partnerId: B, weeks: [{ weekOf: '2026-11-23', self: null, byOther: 2, gap: null }] },
      { partnerId: A, weeks: [{ weekOf: '2026-11-23', self: 4, byOther: null, gap: null }] },
    ]);
    expect(compassion([A, B], [], [])?.ratings).toEqual([
      { partnerId: A, weeks: [] },
      { partnerId: B, weeks: [] },
    ]);
  });

  it('means several check-ins of one week, sorts weeks oldest first and pairs ratings within a week', () => {
    const series = compassion(
      [A, B],
      [],
      [checkIn(A, '2026-12-01', 1, 1), checkIn(A, '2026-11-23', 5, 3), checkIn(A, '2026-11-26', 2, 3)],
    );
    expect(series?.ratings[0]?.weeks).toEqual([
      { weekOf: '2026-11-23', self: 3.5, byOther: null, gap: null },
      { weekOf: '2026-11-30', self: 1, byOther: null, gap: null },
    ]);
  });

  it('counts homework asked and done per partner per week, a shared answer for both', () => {
    const series = compassion(
      [A, B],
      [
        {
          behavior: 'compassion',
          dueOn: '2026-11-27',
          slots: [
            { partnerId: B, status: 'draft' },
            { partnerId: A, status: 'submitted' },
          ],
        },
        { behavior: 'compassion', dueOn: '2026-11-25', slots: [{ partnerId: null, status: 'submitted' }] },
        { behavior: 'compassion', dueOn: '2026-12-02', slots: [{ partnerId: B, status: 'submitted' }] },
        { behavior: 'quality-time', dueOn: '2026-11-25', slots: [{ partnerId: A, status: 'submitted' }] },
      ],
      [],
    );
    expect(series).toMatchObject({ assigned: 4, completed: 3 });
    expect(series?.homework).toEqual([
      { weekOf: '2026-11-23', partnerId: A, asked: 2, done: 2 },
      { weekOf: '2026-11-23', partnerId: B, asked: 2, done: 1 },
      { weekOf: '2026-11-30', partnerId: B, asked: 1, done: 1 },
    ]);
  });

  it('lists all nine behaviors, with nothing asked or rated when there is no homework', () => {
    const all = progressSeries([A, B], [], []);
    expect(all).toHaveLength(9);
    expect(all.every((b) => b.assigned === 0 && b.homework.length === 0)).toBe(true);
  });
});

describe('chartWeeks', () => {
  const thursday = new Date('2026-11-26T12:00:00Z');

  it('spans every week from the first through this one', () => {
    expect(chartWeeks('2026-11-09', [], thursday)).toEqual(['2026-11-09', '2026-11-16', '2026-11-23']);
  });

  it('reaches the week of homework due later', () => {
    expect(chartWeeks('2026-11-16', [{ dueOn: '2026-12-02' }, { dueOn: '2026-11-20' }], thursday)).toEqual([
      '2026-11-16',
      '2026-11-23',
      '2026-11-30',
    ]);
  });
});
