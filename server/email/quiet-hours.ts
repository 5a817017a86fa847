// Quiet hours: a nudge that comes due while its recipient's clock reads inside them waits until
// they end. Minutes are local wall-clock minutes after midnight; a window may wrap past midnight.
import { TZDate, tzOffset } from '@date-fns/tz';

export type QuietHours = { timeZone: string; start: number; end: number };

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const minutesOfDay = (local: TZDate) => local.getHours() * 60 + local.getMinutes();

function inQuietHours(minute: number, { start, end }: QuietHours) {
  if (start === end) return false;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/** The zone's offset at an instant, in milliseconds (east of UTC positive). */
const offsetAt = (instant: number, timeZone: string) => tzOffset(timeZone, new Date(instant)) * MINUTE;

/**
 * The first instant after `now` at which the zone's clock reads `wall` (wall-clock time counted
 * like a UTC timestamp) or later. In a fall-back overlap the wall time happens twice and the later
 * one may be the next; in a spring-forward gap it never happens, and the clock passes it when it
 * jumps, at the end of the gap.
 */
function nextWallTime(wall: number, now: number, timeZone: string): number {
  // No zone changes its offset twice within two days, so the offsets a day either side are the
  // only ones the wall time can be read in.
  const before = offsetAt(wall - DAY, timeZone);
  const after = offsetAt(wall + DAY, timeZone);
  const readings = [wall - before, wall - after]
    .filter((instant) => instant + offsetAt(instant, timeZone) === wall && instant > now)
    .sort((a, b) => a - b);
  if (readings[0] !== undefined) return readings[0];
  // In the gap: find the jump between the two readings by bisection (to the millisecond).
  let lo = Math.min(wall - before, wall - after);
  let hi = Math.max(wall - before, wall - after);
  const offsetAfterJump = offsetAt(hi, timeZone);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(mid, timeZone) === offsetAfterJump) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** When the quiet hours around `now` end, or null when `now` is not in quiet hours. */
export function quietHoursRelease(now: Date, quiet: QuietHours): Date | null {
  const local = new TZDate(now.getTime(), quiet.timeZone);
  const minute = minutesOfDay(local);
  if (!inQuietHours(minute, quiet)) return null;
  const endsTomorrow = quiet.start > quiet.end && minute >= quiet.start;
  const wall = Date.UTC(
    local.getFullYear(),
    local.getMonth(),
    local.getDate() + (endsTomorrow ? 1 : 0),
    Math.floor(quiet.end / 60),
    quiet.end % 60,
  );
  return new Date(nextWallTime(wall, now.getTime(), quiet.timeZone));
}
