import { formatCalendarDate } from '../../../../../../../_lib/calendar-date';
import { behaviorName } from '../../../../../../../_lib/homework-labels';
import type { THomeworkPartner } from '../../../../../../../_lib/router-types';
import type { TAssignedFromNote } from './note-types';

/** The homework given from inside this note. */
export function AssignedFromNote({
  items,
  partners,
}: {
  items: TAssignedFromNote;
  partners: THomeworkPartner[];
}) {
  if (items.length === 0) return <p className="muted">Nothing assigned from this note yet.</p>;
  return (
    <ul className="list card" aria-label="Assigned from this note">
      {items.map((item) => (
        <li key={item.id}>
          <span>
            <strong>{item.title}</strong>{' '}
            <span className="muted">
              {behaviorName(item.behavior)} · for{' '}
              {item.partnerId
                ? (partners.find((p) => p.id === item.partnerId)?.displayName ?? 'one partner')
                : 'both partners'}{' '}
              · due {formatCalendarDate(item.dueOn)}
            </span>
          </span>
          {item.cancelledAt ? <span className="badge warn">Cancelled</span> : null}
        </li>
      ))}
    </ul>
  );
}
