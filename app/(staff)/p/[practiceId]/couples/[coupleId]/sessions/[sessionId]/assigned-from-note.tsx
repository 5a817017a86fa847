import { Badge } from '@/app/_components/ui/badge';
import { formatCalendarDate } from '@/app/_lib/calendar-date';
import { behaviorName } from '@/app/_lib/homework-labels';
import type { THomeworkPartner } from '@/app/_lib/router-types';
import type { TAssignedFromNote } from './note-types';

/** The homework given from inside this note. */
export function AssignedFromNote({
  items,
  partners,
}: {
  items: TAssignedFromNote;
  partners: THomeworkPartner[];
}) {
  if (items.length === 0)
    return <p className="m-0 mb-4 text-sm text-muted">Nothing assigned from this note yet.</p>;
  return (
    <ul
      className="m-0 mb-4 list-none divide-y divide-line rounded-md border border-line p-0"
      aria-label="Assigned from this note"
    >
      {items.map((item) => (
        <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
          <span className="min-w-0">
            <strong>{item.title}</strong>{' '}
            <span className="text-sm text-muted">
              {behaviorName(item.behavior)} · for{' '}
              {item.partnerId
                ? (partners.find((p) => p.id === item.partnerId)?.displayName ?? 'one partner')
                : 'both partners'}{' '}
              · due {formatCalendarDate(item.dueOn)}
            </span>
          </span>
          {item.cancelledAt ? <Badge tone="warning">Cancelled</Badge> : null}
        </li>
      ))}
    </ul>
  );
}
