// Screen words for a note's parts.
import type { TObservationLevel } from '../../../../../../../../server/services/notes/note-content';

export const LEVEL_LABELS: Record<TObservationLevel, string> = {
  'not-observed': 'Not observed',
  emerging: 'Emerging',
  present: 'Present',
  strong: 'Strong',
};

export const TEMPLATE_NAMES = { dap: 'DAP', soap: 'SOAP', birp: 'BIRP', free: 'Free text' } as const;

/** "Tue, Mar 3, 2026, 10:00 AM EST" in the practice's time zone. */
export function formatSessionTime(startsAt: Date, timeZone: string): string {
  return startsAt.toLocaleString('en-US', {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  });
}

export function formatStamp(at: Date): string {
  return at.toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });
}
