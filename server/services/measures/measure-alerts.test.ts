import { describe, expect, it } from 'vitest';
import { PHQ_9 } from './catalogue/phq-9';
import {
  allianceSplit,
  DEFAULT_MEASURE_THRESHOLDS,
  progressAlerts,
  type ScoredAnswer,
} from './measure-alerts';

const day = (n: number) => new Date(Date.UTC(2026, 10, n));
const answer = (partnerId: string, occasion: number, score: number): ScoredAnswer => ({
  partnerId,
  occasion: `session-${occasion}`,
  at: day(occasion),
  score,
});

describe('alliance split', () => {
  it('names the lower partner when the two are a point or more apart at the latest shared session', () => {
    expect(allianceSplit([answer('a', 1, 4.33), answer('b', 1, 3.33)])).toEqual({
      kind: 'alliance-split',
      partnerId: 'b',
      why: 'lower than partner',
      from: 4.33,
      to: 3.33,
    });
  });

  it('is quiet when the partners are within a point of each other and neither fell', () => {
    expect(
      allianceSplit([answer('a', 1, 4.33), answer('b', 1, 3.67), answer('a', 2, 4), answer('b', 2, 3.67)]),
    ).toBeNull();
  });

  it('reads the latest shared session, not an older one', () => {
    const mended = [answer('a', 1, 4.67), answer('b', 1, 2), answer('a', 2, 4.33), answer('b', 2, 4)];
    // b rose by two points: no split now, and no fall.
    expect(allianceSplit(mended)).toBeNull();
  });

  it('flags a partner whose feedback fell by a point since their previous answer', () => {
    expect(allianceSplit([answer('a', 1, 4.67), answer('a', 2, 3.67), answer('b', 1, 4)])).toMatchObject({
      partnerId: 'a',
      why: 'falling',
      from: 4.67,
      to: 3.67,
    });
  });

  it('needs answers to say anything', () => {
    expect(allianceSplit([])).toBeNull();
    expect(allianceSplit([answer('a', 1, 1)])).toBeNull();
  });
});

describe('progress alerts', () => {
  it('calls a partner worse when their latest PHQ-9 is 6 or more above their first', () => {
    expect(
      progressAlerts(PHQ_9, [answer('a', 1, 8), answer('a', 2, 14), answer('b', 1, 8), answer('b', 2, 13)]),
    ).toEqual([{ kind: 'worse', measure: 'phq-9', partnerId: 'a', from: 8, to: 14 }]);
  });

  it('calls a partner not improving after 4 answers from a start at the cut-off without reliable change', () => {
    const stuck = [12, 11, 13, 9].map((score, i) => answer('a', i + 1, score));
    expect(progressAlerts(PHQ_9, stuck)).toEqual([
      { kind: 'not-improving', measure: 'phq-9', partnerId: 'a', from: 12, to: 9, answers: 4 },
    ]);
    // Three answers are too few to say; a start below the cut-off has little to improve.
    expect(progressAlerts(PHQ_9, stuck.slice(0, 3))).toEqual([]);
    expect(
      progressAlerts(
        PHQ_9,
        [6, 7, 5, 6].map((score, i) => answer('b', i + 1, score)),
      ),
    ).toEqual([]);
  });

  it('is quiet for reliable improvement', () => {
    expect(
      progressAlerts(
        PHQ_9,
        [18, 15, 12, 11].map((score, i) => answer('a', i + 1, score)),
      ),
    ).toEqual([]);
  });
});

describe('thresholds the practice sets', () => {
  it('splits the alliance at the practice’s gap, in half points', () => {
    const half = [answer('a', 1, 4.33), answer('b', 1, 3.83)];
    expect(allianceSplit(half)).toBeNull();
    expect(allianceSplit(half, 0.5)).toMatchObject({ partnerId: 'b', why: 'lower than partner' });
    expect(allianceSplit([answer('a', 1, 5), answer('b', 1, 3.5)], 2)).toBeNull();
  });

  it('counts a gap of exactly the threshold on two-decimal scores', () => {
    expect(allianceSplit([answer('a', 1, 4.33), answer('b', 1, 3.33)], 1)).not.toBeNull();
    expect(allianceSplit([answer('a', 1, 3.67), answer('a', 2, 2.17)], 1.5)).toMatchObject({
      why: 'falling',
    });
  });

  it('calls a partner not improving after the practice’s number of answers', () => {
    const stuck = [12, 11, 13].map((score, i) => answer('a', i + 1, score));
    expect(progressAlerts(PHQ_9, stuck)).toEqual([]);
    expect(progressAlerts(PHQ_9, stuck, 3)).toEqual([
      expect.objectContaining({ kind: 'not-improving', partnerId: 'a', answers: 3 }),
    ]);
    expect(progressAlerts(PHQ_9, stuck.slice(0, 2), 2)).toHaveLength(1);
  });

  it('defaults to the constants', () => {
    expect(DEFAULT_MEASURE_THRESHOLDS).toEqual({ notImprovingAfter: 4, allianceSplitGap: 1 });
  });
});
