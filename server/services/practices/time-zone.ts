// A practice's time zone: an IANA name the runtime knows, so every date shown or entered in it
// converts the same way on the server and in the browser.
import { z } from 'zod';

export const DEFAULT_TIME_ZONE = 'America/New_York';

export function isKnownTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const ZTimeZone = z
  .string()
  .trim()
  .max(64)
  .refine(isKnownTimeZone, 'Choose a time zone from the list.');

/** Every zone offered in forms, sorted; the default is included even where the runtime omits it. */
export function timeZoneChoices(): string[] {
  return [...new Set([...Intl.supportedValuesOf('timeZone'), DEFAULT_TIME_ZONE, 'UTC'])].sort();
}
