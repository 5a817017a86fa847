import { describe, expect, it } from 'vitest';
import { bookingDates, utcToWallTime, wallTimeToUtc } from './practice-time';

const NY = 'America/New_York';

describe('practice wall time', () => {
  it('reads a wall time with the offset in force that day', () => {
    expect(wallTimeToUtc({ date: '2025-01-15', time: '09:30' }, NY).toISOString()).toBe(
      '2025-01-15T14:30:00.000Z',
    );
    expect(wallTimeToUtc({ date: '2025-07-15', time: '09:30' }, NY).toISOString()).toBe(
      '2025-07-15T13:30:00.000Z',
    );
    expect(wallTimeToUtc({ date: '2025-07-15', time: '09:30' }, 'Asia/Kolkata').toISOString()).toBe(
      '2025-07-15T04:00:00.000Z',
    );
  });

  it('converts both sides of the spring-forward change in New York', () => {
    expect(wallTimeToUtc({ date: '2025-03-09', time: '01:59' }, NY).toISOString()).toBe(
      '2025-03-09T06:59:00.000Z',
    );
    expect(wallTimeToUtc({ date: '2025-03-09', time: '03:00' }, NY).toISOString()).toBe(
      '2025-03-09T07:00:00.000Z',
    );
  });

  it('refuses a wall time the clocks skip', () => {
    for (const time of ['02:00', '02:30', '02:59']) {
      expect(() => wallTimeToUtc({ date: '2025-03-09', time }, NY)).toThrow(/does not exist/);
    }
  });

  it('reads a wall time that happens twice as the first (summer time) one', () => {
    expect(wallTimeToUtc({ date: '2025-11-02', time: '01:30' }, NY).toISOString()).toBe(
      '2025-11-02T05:30:00.000Z',
    );
    expect(wallTimeToUtc({ date: '2025-11-02', time: '02:00' }, NY).toISOString()).toBe(
      '2025-11-02T07:00:00.000Z',
    );
  });

  it('turns an instant back into the practice wall clock', () => {
    expect(utcToWallTime(new Date('2025-03-09T07:00:00Z'), NY)).toEqual({
      date: '2025-03-09',
      time: '03:00',
    });
    expect(utcToWallTime(new Date('2025-11-02T06:30:00Z'), NY)).toEqual({
      date: '2025-11-02',
      time: '01:30',
    });
    expect(utcToWallTime(new Date('2025-12-31T23:30:00Z'), 'Pacific/Auckland')).toEqual({
      date: '2026-01-01',
      time: '12:30',
    });
  });
});

describe('booking dates', () => {
  it('are the practice’s today and a week on, whatever the server’s zone says', () => {
    // 02:00 UTC on Jan 1 is still Dec 31 in New York, and already Jan 1 in Kolkata.
    const now = new Date('2026-01-01T02:00:00Z');
    expect(bookingDates(now, NY)).toEqual({ earliest: '2025-12-31', suggested: '2026-01-07' });
    expect(bookingDates(now, 'Asia/Kolkata')).toEqual({ earliest: '2026-01-01', suggested: '2026-01-08' });
  });

  it('count calendar days across a clock change', () => {
    expect(bookingDates(new Date('2026-03-05T12:00:00Z'), NY).suggested).toBe('2026-03-12');
  });
});
