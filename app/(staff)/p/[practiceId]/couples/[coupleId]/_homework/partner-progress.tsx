import { Badge } from '@/app/_components/ui/badge';
import type { THomeworkItem, THomeworkPartner } from '@/app/_lib/router-types';
import { formatDay } from '@/app/_lib/session-time';
import { SLOT_STATUS_LABELS, slotOwnerName } from './homework-status';
import { SlotAnswer } from './slot-answer';

const SHARED_WITH = { counselor: 'shared with you', couple: 'shared with you and their partner' } as const;
const STATUS_TONE = { submitted: 'success', draft: 'neutral', 'not-started': 'warning' } as const;

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
    <ul className="m-0 mt-4 list-none space-y-3 p-0" aria-label="Progress">
      {item.slots.map((slot) => {
        const owner = slotOwnerName(slot, partners);
        return (
          <li key={slot.partnerId ?? 'together'} className="border-l-2 border-line pl-3">
            <p className="m-0 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
              <strong>{owner}</strong>
              <Badge tone={STATUS_TONE[slot.status]}>{SLOT_STATUS_LABELS[slot.status]}</Badge>
              {slot.submittedAt ? (
                <span className="text-muted">
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
