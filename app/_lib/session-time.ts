// Session times read in the practice's time zone, with the zone's name, wherever the viewer is.

/** "Tue, Mar 9, 2027 · 6:30 – 7:20 PM EST" */
export function formatSessionTime(startsAt: Date, durationMinutes: number, timeZone: string): string {
  const endsAt = new Date(startsAt.getTime() + durationMinutes * 60_000);
  const day = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
  }).format(startsAt);
  const hours = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).formatRange(startsAt, endsAt);
  return `${day} · ${hours}`;
}

/** A short name for the zone as it is at that instant, e.g. "EDT" or "GMT+1". */
export function zoneAbbreviation(at: Date, timeZone: string): string {
  return (
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone
  );
}

export const FORMAT_LABELS = { 'in-person': 'In person', video: 'Video' } as const;

export const SESSION_STATUS_LABELS = {
  scheduled: 'Scheduled',
  attended: 'Attended',
  'no-show': 'No-show',
  cancelled: 'Cancelled',
} as const;

/** "Mar 9, 2027, 6:30 PM EST": a moment, in the practice's zone. */
export function formatInstant(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(at);
}

/** "Mar 9, 2027": the day of a moment, in the practice's zone. */
export function formatDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone, dateStyle: 'medium' }).format(at);
}

/** "6:30 PM EST": a time of day on the practice's clock, labelled with the zone (a save, a send). */
export function formatClockTime(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(at);
}
