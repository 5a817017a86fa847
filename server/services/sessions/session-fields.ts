// The parts of a session a counselor enters, shared by scheduling and rescheduling.
import { z } from 'zod';
import { sessionFormat } from '@/db/schema';

export const ZSessionFormat = z.enum(sessionFormat.enumValues);

export const ZSessionWhen = z.object({
  /** The practice's calendar date and 24-hour wall time, converted with its time zone. */
  date: z.iso.date('Choose a date.'),
  time: z.iso.time({ precision: -1, error: 'Choose a time (hours and minutes).' }),
  durationMinutes: z
    .number('Enter the length in minutes.')
    .int('Enter whole minutes.')
    .min(10, 'A session lasts at least 10 minutes.')
    .max(480, 'A session lasts at most 8 hours (480 minutes).'),
  format: ZSessionFormat,
  /** The address for an in-person session (optional: the practice's usual room), the link for video. */
  location: z.string().trim().max(500, 'Keep the location under 500 characters.'),
});
type TSessionWhen = z.infer<typeof ZSessionWhen>;

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** A video session needs a meeting link the couple can open safely: https only. */
export function checkLocation(value: Pick<TSessionWhen, 'format' | 'location'>, ctx: z.RefinementCtx): void {
  if (value.format === 'video' && !isHttpsUrl(value.location)) {
    ctx.addIssue({
      code: 'custom',
      path: ['location'],
      message: 'Enter the meeting link, starting with https://',
    });
  }
}
