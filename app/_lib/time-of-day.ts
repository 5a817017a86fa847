/** Minutes after midnight as an `<input type="time">` value ("HH:MM"). */
export function minutesToTime(minutes: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** An `<input type="time">` value as minutes after midnight; null when empty or not a time. */
export function timeToMinutes(value: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?$/.exec(value);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** An hour of the day as people read it, e.g. 7 -> "7:00 a.m.", 0 -> "midnight". */
export function hourLabel(hour: number): string {
  if (hour === 0) return 'midnight';
  if (hour === 12) return 'noon';
  return `${hour % 12}:00 ${hour < 12 ? 'a.m.' : 'p.m.'}`;
}
