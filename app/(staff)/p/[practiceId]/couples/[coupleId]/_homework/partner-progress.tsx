import type { THomeworkItem, THomeworkPartner } from '../../../../../../_lib/router-types';
import { formatDay } from '../../../../../../_lib/session-time';
import { SLOT_STATUS_LABELS, slotOwnerName } from './homework-status';
import { SlotAnswer } from './slot-answer';

const SHARED_WITH = { counselor: 'shared with you', couple: 'shared with you and their partner' } as const;

/** Where each partner is with the homework, and what they sent that the counselor may read. */
export function PartnerProgress({
  item,
  partners,
  timeZone,
}: {
  item: THomeworkItem;
  partners: THomeworkPartner[];
  timeZone: string;
}) {
  return (
    <ul className="slots" aria-label="Progress">
      {item.slots.map((slot) => {
        const owner = slotOwnerName(slot, partners);
        return (
          <li key={slot.partnerId ?? 'together'}>
            <p className="slot-head">
              <strong>{owner}</strong>
              <span
                className={
                  slot.status === 'submitted' ? 'badge ok' : slot.status === 'draft' ? 'badge' : 'badge warn'
                }
              >
                {SLOT_STATUS_LABELS[slot.status]}
              </span>
              {slot.submittedAt ? (
                <span className="muted">
                  {formatDay(slot.submittedAt, timeZone)}
                  {slot.visibility && slot.visibility !== 'private'
                    ? ` · ${SHARED_WITH[slot.visibility]}`
                    : ''}
                </span>
              ) : null}
            </p>
            <SlotAnswer content={item.content} slot={slot} owner={owner} />
          </li>
        );
      })}
    </ul>
  );
}
