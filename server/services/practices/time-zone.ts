// A practice's time zone: an IANA name from the runtime's own list, so every date shown or entered
// in it converts the same way on the server and in the browser.
import { z } from 'zod';

export const DEFAULT_TIME_ZONE = 'America/New_York';

/** Every zone offered in forms, sorted; the default and UTC are included even where the runtime omits them. */
export function timeZoneChoices(): string[] {
  return [...new Set([...Intl.supportedValuesOf('timeZone'), DEFAULT_TIME_ZONE, 'UTC'])].sort();
}

export const ZTimeZone = z.enum(timeZoneChoices() as [string, ...string[]], {
  error: 'Choose a time zone from the list.',
});

/** 'YYYY-MM-DD': the calendar date of an instant on the practice's clock. */
export function calendarDateIn(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}
