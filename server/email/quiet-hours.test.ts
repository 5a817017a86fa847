// Quiet hours on real zone rules across daylight-saving changes: the release is the first instant
// the recipient's own clock reads the end time (or jumps past it), never earlier, never in the past.
import { describe, expect, it } from 'vitest';
import { quietHoursRelease } from './quiet-hours';

const hm = (text: string) => Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
const release = (at: string, timeZone: string, start: string, end: string) =>
  quietHoursRelease(new Date(at), { timeZone, start: hm(start), end: hm(end) })?.toISOString() ?? null;

/** The wall clock in a zone, read with Intl rather than the code under test. */
function wallMinute(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return part('hour') * 60 + part('minute');
}

describe('America/New_York, spring forward (8 March 2026, 02:00 EST becomes 03:00 EDT)', () => {
  it('a window wrapping midnight ends at 07:00 EDT, an hour sooner in UTC than the night before', () => {
    expect(release('2026-03-07T04:00:00Z', 'America/New_York', '22:00', '07:00')).toBe(
      '2026-03-07T12:00:00.000Z',
    );
    expect(release('2026-03-08T04:00:00Z', 'America/New_York', '22:00', '07:00')).toBe(
      '2026-03-08T11:00:00.000Z',
    );
  });

  it('an end time in the skipped hour releases when the clock jumps past it (03:00 EDT)', () => {
    expect(release('2026-03-08T04:00:00Z', 'America/New_York', '22:00', '02:30')).toBe(
      '2026-03-08T07:00:00.000Z',
    );
    expect(release('2026-03-08T06:59:00Z', 'America/New_York', '22:00', '02:30')).toBe(
      '2026-03-08T07:00:00.000Z',
    );
    // 03:10 EDT is after 02:30 on the wall: not quiet.
    expect(release('2026-03-08T07:10:00Z', 'America/New_York', '22:00', '02:30')).toBeNull();
  });
});

describe('America/New_York, fall back (1 November 2026, 02:00 EDT becomes 01:00 EST)', () => {
  it('a window wrapping midnight ends at 07:00 EST', () => {
    expect(release('2026-11-01T03:00:00Z', 'America/New_York', '22:00', '07:00')).toBe(
      '2026-11-01T12:00:00.000Z',
    );
  });

  it('an end time in the repeated hour ends at its first reading, and again at its second', () => {
    expect(release('2026-11-01T03:00:00Z', 'America/New_York', '22:00', '01:30')).toBe(
      '2026-11-01T05:30:00.000Z',
    );
    // 01:45 EDT: after the end.
    expect(release('2026-11-01T05:45:00Z', 'America/New_York', '22:00', '01:30')).toBeNull();
    // 01:10 EST: the clock reads inside quiet hours again; they end at 01:30 EST, not in the past.
    expect(release('2026-11-01T06:10:00Z', 'America/New_York', '22:00', '01:30')).toBe(
      '2026-11-01T06:30:00.000Z',
    );
  });
});

describe('windows that do and do not wrap midnight', () => {
  it('a wrapping window: before midnight ends tomorrow, after midnight ends today', () => {
    expect(release('2026-06-10T02:30:00Z', 'America/New_York', '21:00', '08:00')).toBe(
      '2026-06-10T12:00:00.000Z',
    );
    expect(release('2026-06-10T08:00:00Z', 'America/New_York', '21:00', '08:00')).toBe(
      '2026-06-10T12:00:00.000Z',
    );
    expect(release('2026-06-10T13:00:00Z', 'America/New_York', '21:00', '08:00')).toBeNull();
  });

  it('a window within one day ends the same day, and is not quiet outside it', () => {
    expect(release('2026-06-10T17:00:00Z', 'America/New_York', '12:00', '14:30')).toBe(
      '2026-06-10T18:30:00.000Z',
    );
    expect(release('2026-06-10T18:30:00Z', 'America/New_York', '12:00', '14:30')).toBeNull();
    expect(release('2026-06-10T15:59:00Z', 'America/New_York', '12:00', '14:30')).toBeNull();
  });

  it('crosses the end of a month and a year', () => {
    expect(release('2026-12-31T23:00:00Z', 'Europe/London', '22:00', '07:00')).toBe(
      '2027-01-01T07:00:00.000Z',
    );
  });

  it('a window that starts and ends at the same minute is no window', () => {
    expect(release('2026-06-10T17:00:00Z', 'America/New_York', '13:00', '13:00')).toBeNull();
  });
});

describe('Europe/London', () => {
  it('spring forward (29 March 2026, 01:00 GMT becomes 02:00 BST): an end at 01:30 releases at the jump', () => {
    expect(release('2026-03-28T23:30:00Z', 'Europe/London', '23:00', '01:30')).toBe(
      '2026-03-29T01:00:00.000Z',
    );
    expect(release('2026-03-28T23:30:00Z', 'Europe/London', '23:00', '07:00')).toBe(
      '2026-03-29T06:00:00.000Z',
    );
  });

  it('fall back (25 October 2026, 02:00 BST becomes 01:00 GMT): 07:00 GMT', () => {
    expect(release('2026-10-24T22:30:00Z', 'Europe/London', '23:00', '07:00')).toBe(
      '2026-10-25T07:00:00.000Z',
    );
  });
});

describe('Australia/Sydney (southern hemisphere: clocks go forward in October)', () => {
  it('spring forward (4 October 2026, 02:00 AEST becomes 03:00 AEDT): 08:00 AEDT', () => {
    expect(release('2026-10-03T12:00:00Z', 'Australia/Sydney', '21:00', '08:00')).toBe(
      '2026-10-03T21:00:00.000Z',
    );
    expect(release('2026-10-03T15:30:00Z', 'Australia/Sydney', '21:00', '02:15')).toBe(
      '2026-10-03T16:00:00.000Z',
    );
  });

  it('fall back (5 April 2026, 03:00 AEDT becomes 02:00 AEST): 08:00 AEST', () => {
    expect(release('2026-04-04T12:00:00Z', 'Australia/Sydney', '21:00', '08:00')).toBe(
      '2026-04-04T22:00:00.000Z',
    );
  });
});

describe('across every DST night, minute by minute', () => {
  const nights = [
    { timeZone: 'America/New_York', from: '2026-03-07T20:00:00Z' },
    { timeZone: 'America/New_York', from: '2026-10-31T20:00:00Z' },
    { timeZone: 'Europe/London', from: '2026-03-28T18:00:00Z' },
    { timeZone: 'Europe/London', from: '2026-10-24T18:00:00Z' },
    { timeZone: 'Australia/Sydney', from: '2026-10-03T08:00:00Z' },
    { timeZone: 'Australia/Sydney', from: '2026-04-04T08:00:00Z' },
    { timeZone: 'Australia/Lord_Howe', from: '2026-10-03T08:00:00Z' }, // a 30-minute change
  ];
  const windows = [
    ['22:00', '07:00'],
    ['00:30', '02:30'],
    ['01:00', '01:30'],
    ['23:45', '03:15'],
    ['23:00', '01:30'],
    ['22:00', '02:15'],
  ] as const;

  it.each(nights)('$timeZone from $from: quiet until the release, not at it', ({ timeZone, from }) => {
    for (const [start, end] of windows) {
      const quiet = { timeZone, start: hm(start), end: hm(end) };
      const inside = (at: Date) => {
        const m = wallMinute(at, timeZone);
        return quiet.start < quiet.end
          ? m >= quiet.start && m < quiet.end
          : m >= quiet.start || m < quiet.end;
      };
      for (let minute = 0; minute < 16 * 60; minute += 5) {
        const now = new Date(Date.parse(from) + minute * 60_000);
        const until = quietHoursRelease(now, quiet);
        const where = `${timeZone} ${start}-${end} at ${now.toISOString()}`;
        expect(until === null, where).toBe(!inside(now));
        if (!until) continue;
        expect(until.getTime(), where).toBeGreaterThan(now.getTime());
        expect(inside(until), `${where} -> ${until.toISOString()}`).toBe(false);
        expect(inside(new Date(until.getTime() - 1)), `${where} -> ${until.toISOString()}`).toBe(true);
        expect(until.getTime() - now.getTime(), where).toBeLessThanOrEqual(24 * 3_600_000);
      }
    }
  });
});
