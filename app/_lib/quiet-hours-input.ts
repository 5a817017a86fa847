import { timeToMinutes } from './time-of-day';

/** Minutes after midnight; the window may wrap past midnight (21:00 to 08:00). */
export type TQuietHours = { start: number; end: number };

/** The quiet hours a submitted form asks for (null when switched off), or why they cannot be read. */
export function readQuietHours(
  form: FormData,
  quietOn: boolean,
): { quietHours: TQuietHours | null } | { error: string } {
  if (!quietOn) return { quietHours: null };
  const start = timeToMinutes(String(form.get('quietStart') ?? ''));
  const end = timeToMinutes(String(form.get('quietEnd') ?? ''));
  if (start === null || end === null) return { error: 'Enter when quiet hours start and end.' };
  if (start === end) return { error: 'Quiet hours must start and end at different times.' };
  return { quietHours: { start, end } };
}
