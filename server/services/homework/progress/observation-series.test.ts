import { describe, expect, it } from 'vitest';
import { behavior } from '@/db/schema';
import type { TObservationLevel } from '@/server/services/notes/note-shape';
import { calendarDateIn } from '@/server/services/practices/time-zone';
import { observationSeries } from './observation-series';

const all = (level: TObservationLevel) =>
  Object.fromEntries(behavior.enumValues.map((b) => [b, level])) as Record<
    (typeof behavior.enumValues)[number],
    TObservationLevel
  >;

describe('observation series', () => {
  it('dates a session in the practice time zone, not in UTC', () => {
    // Sunday 8 p.m. in New York is already Monday in UTC: it belongs to the earlier week.
    const sundayEvening = new Date('2026-11-30T01:00:00Z');
    expect(calendarDateIn(sundayEvening, 'America/New_York')).toBe('2026-11-29');
    const series = observationSeries(
      [{ startsAt: sundayEvening, observations: all('present') }],
      'America/New_York',
      '2026-11-01',
    );
    expect(series.compassion).toEqual([{ on: '2026-11-29', weekOf: '2026-11-23', level: 'present' }]);
  });

  it('keeps sessions from the start of the period on, oldest first, with each behavior its own level', () => {
    const later = { ...all('emerging'), compassion: 'strong' as const };
    const series = observationSeries(
      [
        { startsAt: new Date('2026-11-18T15:00:00Z'), observations: later },
        { startsAt: new Date('2026-10-01T15:00:00Z'), observations: all('present') },
        { startsAt: new Date('2026-11-04T15:00:00Z'), observations: all('not-observed') },
      ],
      'Europe/Lisbon',
      '2026-11-02',
    );
    expect(series.compassion.map((o) => [o.on, o.level])).toEqual([
      ['2026-11-04', 'not-observed'],
      ['2026-11-18', 'strong'],
    ]);
    expect(series['quality-time'].map((o) => o.level)).toEqual(['not-observed', 'emerging']);
  });
});
