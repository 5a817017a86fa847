import { describe, expect, it } from 'vitest';
import {
  chartPeople,
  hasWideGap,
  homeworkSeries,
  observedSeries,
  ratingSeries,
  shownWeeks,
  weekLabel,
} from './chart-series';
import type { TBehaviorProgress } from './progress-types';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const weeks = ['2026-11-09', '2026-11-16', '2026-11-23'];

const compassion: TBehaviorProgress = {
  behavior: 'compassion',
  assigned: 3,
  completed: 2,
  ratings: [
    {
      partnerId: A,
      weeks: [
        { weekOf: '2026-11-09', self: 4, byOther: 2, gap: 2 },
        { weekOf: '2026-11-23', self: 3, byOther: null, gap: null },
      ],
    },
    { partnerId: B, weeks: [{ weekOf: '2026-11-09', self: 3, byOther: 2, gap: 1 }] },
  ],
  homework: [
    { weekOf: '2026-11-16', partnerId: A, asked: 1, done: 1 },
    { weekOf: '2026-11-16', partnerId: B, asked: 2, done: 1 },
  ],
};

describe('ratingSeries', () => {
  it('puts one partner’s ratings on every week of the chart, null where there is none, and marks wide gaps', () => {
    expect(ratingSeries(compassion, A, weeks)).toEqual({
      self: [4, null, 3],
      byOther: [2, null, null],
      wide: [true, false, false],
      rated: compassion.ratings[0]?.weeks,
    });
    expect(ratingSeries(compassion, B, weeks).wide).toEqual([false, false, false]);
  });

  it('finds a gap of 2 or more in either partner’s ratings', () => {
    expect(hasWideGap(compassion)).toBe(true);
    expect(hasWideGap({ ...compassion, ratings: compassion.ratings.slice(1) })).toBe(false);
  });
});

describe('homeworkSeries', () => {
  it('gives each partner asked and done per week, 0 where nothing was due', () => {
    expect(homeworkSeries(compassion, B, weeks)).toEqual({ asked: [0, 2, 0], done: [0, 1, 0] });
  });
});

describe('observedSeries', () => {
  it('takes the latest signed note of a week, as a step on the level scale', () => {
    expect(
      observedSeries(
        [
          { on: '2026-11-10', weekOf: '2026-11-09', level: 'emerging' },
          { on: '2026-11-12', weekOf: '2026-11-09', level: 'strong' },
          { on: '2026-11-24', weekOf: '2026-11-23', level: 'not-observed' },
        ],
        weeks,
      ),
    ).toEqual([3, null, 0]);
  });
});

describe('chartPeople', () => {
  it('names partners by first name, "you" in a partner’s own view, each with their own colour and shape', () => {
    const [you, sam] = chartPeople(
      [
        { id: A, displayName: 'Alex Rivera' },
        { id: B, displayName: 'Sam Rivera' },
      ],
      A,
    );
    expect(you).toMatchObject({ name: 'You', possessive: 'Your', object: 'you', marker: 'circle' });
    expect(sam).toMatchObject({ name: 'Sam', possessive: 'Sam’s', object: 'Sam', marker: 'square' });
    expect(you?.color).not.toBe(sam?.color);
  });
});

it('labels a week the same way in any time zone', () => {
  expect(weekLabel('2026-11-30')).toBe('30 Nov');
  expect(weekLabel('2026-09-07')).toBe('7 Sep');
});

describe('shownWeeks', () => {
  const twelve = Array.from(
    { length: 12 },
    (_, i) => `2026-${String(9 + Math.floor(i / 4)).padStart(2, '0')}-0${1 + (i % 4)}`,
  );
  const progress = (homeworkWeek?: string) => ({
    from: twelve[0] ?? '',
    weeks: twelve,
    partners: [],
    you: A,
    behaviors: [
      {
        ...compassion,
        ratings: [],
        homework: homeworkWeek ? [{ weekOf: homeworkWeek, partnerId: A, asked: 1, done: 0 }] : [],
      },
    ],
  });

  it('starts at the first week with anything to show', () => {
    expect(shownWeeks(progress(twelve[2]))).toEqual(twelve.slice(2));
  });

  it('keeps at least six weeks, and six when there is nothing at all', () => {
    expect(shownWeeks(progress(twelve[10]))).toEqual(twelve.slice(6));
    expect(shownWeeks(progress())).toEqual(twelve.slice(6));
  });
});
