// Session times are entered as a wall clock in the practice's time zone and stored as instants.
import { TZDate } from '@date-fns/tz';
import { AppError } from '@/server/errors';

type WallTime = { date: string; time: string };

/**
 * The instant a practice's wall clock shows `date` `time`. A time the clocks skip when summer
 * time starts does not exist and is refused; a time that happens twice when it ends is read as
 * the first of the two (still summer time), which is what a calendar shows for it.
 */
export function wallTimeToUtc({ date, time }: WallTime, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const zoned = new TZDate(year, month - 1, day, hours, minutes, timeZone);
  const back = utcToWallTime(zoned, timeZone);
  if (back.date !== date || back.time !== time) {
    throw new AppError(
      'BAD_REQUEST',
      `${time} does not exist on ${date} in ${timeZone}: the clocks move forward then. Choose another time.`,
    );
  }
  return new Date(zoned.getTime());
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The practice's wall clock at an instant, as the date and time fields of a form. */
export function utcToWallTime(instant: Date, timeZone: string): WallTime {
  const zoned = new TZDate(instant.getTime(), timeZone);
  return {
    date: `${zoned.getFullYear()}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}`,
    time: `${pad(zoned.getHours())}:${pad(zoned.getMinutes())}`,
  };
}

/** The booking form's dates on the practice's calendar: today (the earliest) and a week on (the default). */
export function bookingDates(now: Date, timeZone: string): { earliest: string; suggested: string } {
  const earliest = utcToWallTime(now, timeZone).date;
  const [year, month, day] = earliest.split('-').map(Number) as [number, number, number];
  const weekOn = new Date(Date.UTC(year, month - 1, day + 7));
  return { earliest, suggested: weekOn.toISOString().slice(0, 10) };
}
