// Quiet hours: a nudge that comes due while its recipient's clock reads inside them waits until
// they end. Minutes are local wall-clock minutes after midnight; a window may wrap past midnight.
import { TZDate } from '@date-fns/tz';

export type QuietHours = { timeZone: string; start: number; end: number };

const minutesOfDay = (local: TZDate) => local.getHours() * 60 + local.getMinutes();

function inQuietHours(minute: number, { start, end }: QuietHours) {
  if (start === end) return false;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/** When the quiet hours around `now` end, or null when `now` is not in quiet hours. */
export function quietHoursRelease(now: Date, quiet: QuietHours): Date | null {
  const local = new TZDate(now.getTime(), quiet.timeZone);
  const minute = minutesOfDay(local);
  if (!inQuietHours(minute, quiet)) return null;
  const endsTomorrow = quiet.start > quiet.end && minute >= quiet.start;
  // A wall-clock time the clocks skip (spring forward) resolves to the instant after the gap.
  const release = new TZDate(
    local.getFullYear(),
    local.getMonth(),
    local.getDate() + (endsTomorrow ? 1 : 0),
    Math.floor(quiet.end / 60),
    quiet.end % 60,
    quiet.timeZone,
  );
  return new Date(release.getTime());
}
