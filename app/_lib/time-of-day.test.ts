import { describe, expect, it } from 'vitest';
import { hourLabel, minutesToTime, timeToMinutes } from './time-of-day';

describe('time of day', () => {
  it('round-trips every minute of the day through the time input format', () => {
    for (let minute = 0; minute < 1440; minute++) expect(timeToMinutes(minutesToTime(minute))).toBe(minute);
  });

  it('reads seconds a browser may add, and refuses what is not a time', () => {
    expect(timeToMinutes('07:05:30')).toBe(425);
    for (const bad of ['', '7:05', '24:00', '12:60', 'noon']) expect(timeToMinutes(bad)).toBeNull();
  });

  it('names hours the way people say them', () => {
    expect([0, 7, 12, 18].map(hourLabel)).toEqual(['midnight', '7:00 a.m.', 'noon', '6:00 p.m.']);
  });
});
