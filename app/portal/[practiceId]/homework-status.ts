// How the portal words progress on a piece of homework and its due date.
export type SlotStatus = 'not-started' | 'draft' | 'submitted';

export const STATUS_LABELS: Record<SlotStatus, string> = {
  'not-started': 'Not started',
  draft: 'In progress',
  submitted: 'Done',
};

/** "Fri 4 Dec", from a calendar date, without time-zone drift. */
export function formatDue(dueOn: string): string {
  const date = new Date(`${dueOn}T12:00:00Z`);
  return date.toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}

export function isOverdue(dueOn: string, today = new Date()): boolean {
  return dueOn < today.toLocaleDateString('en-CA');
}
