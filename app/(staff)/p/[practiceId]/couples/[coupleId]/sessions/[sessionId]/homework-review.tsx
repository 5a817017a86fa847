// The homework a note reviews: each item with every partner's status (never their text), the
// check-in ratings with perception gaps, and the counselor's comment per item (editable or not).

import { GapCell } from '@/app/_components/homework/gap-cell';
import { Badge } from '@/app/_components/ui/badge';
import { Card } from '@/app/_components/ui/card';
import { compactTable } from '@/app/_components/ui/compact-table';
import { TextAreaField } from '@/app/_components/ui/field';
import { ScrollRegion } from '@/app/_components/ui/scroll-region';
import { formatCalendarDate } from '@/app/_lib/calendar-date';
import { behaviorName, KIND_LABELS } from '@/app/_lib/homework-labels';
import { formatDay } from '@/app/_lib/session-time';
import { SLOT_STATUS_LABELS } from '@/app/(staff)/p/[practiceId]/couples/[coupleId]/_homework/homework-status';
import { isPerceptionGap, PERCEPTION_GAP } from '@/server/services/homework/progress/perception-gap';
import type { THomeworkReview } from './note-types';

const STATUS_TONE = { 'not-started': 'warning', draft: 'neutral', submitted: 'success' } as const;

export function HomeworkReview({
  review,
  comments,
  onComment,
  timeZone,
}: {
  review: THomeworkReview;
  comments: Record<string, string>;
  /** Given while the note is a draft: each item gets a comment box. */
  onComment?: (assignmentId: string, comment: string) => void;
  /** The practice's: a send's day reads the same on the server and in every browser. */
  timeZone: string;
}) {
  const nameOf = (partnerId: string | null) =>
    partnerId === null
      ? 'Together'
      : (review.partners.find((p) => p.id === partnerId)?.displayName ?? 'Partner');
  return (
    <Card aria-labelledby="review-heading">
      <h2 id="review-heading" className="m-0 mb-1">
        Homework review
      </h2>
      <p className="m-0 mb-4 text-sm text-muted">
        Due after {formatCalendarDate(review.after)} up to {formatCalendarDate(review.upTo)}
        {review.previousSessionId ? ' (since the previous session)' : ' (the 14 days before this session)'}.
        Statuses only: answers stay on the couple’s page, as each partner shared them.
      </p>
      {review.items.length === 0 ? (
        <p className="m-0 rounded-md border border-dashed border-line p-4 text-sm text-muted">
          No homework was due in this period.
        </p>
      ) : (
        <ul className="m-0 grid list-none gap-3 p-0">
          {review.items.map((item) => (
            <li key={item.id} className="min-w-0 rounded-md border border-line p-4">
              <h3 className="m-0 text-base">{item.title}</h3>
              <p className="m-0 mt-1 text-sm text-muted">
                {behaviorName(item.behavior)} · {KIND_LABELS[item.kind]} · due{' '}
                {formatCalendarDate(item.dueOn)}
              </p>
              <ul
                className="m-0 my-3 list-none space-y-1 p-0 text-sm"
                aria-label={`Progress on ${item.title}`}
              >
                {item.slots.map((slot) => (
                  <li key={slot.partnerId ?? 'together'} className="flex flex-wrap items-center gap-2">
                    <strong>{nameOf(slot.partnerId)}</strong>
                    <Badge tone={STATUS_TONE[slot.status]}>{SLOT_STATUS_LABELS[slot.status]}</Badge>
                    {slot.submittedAt ? (
                      <span className="text-muted">{formatDay(slot.submittedAt, timeZone)}</span>
                    ) : null}
                  </li>
                ))}
              </ul>
              {onComment ? (
                <TextAreaField
                  label="Your comment"
                  name={`review-${item.id}`}
                  id={`review-${item.id}`}
                  hint="Optional. Kept in this note, not shown to the couple."
                  rows={2}
                  maxLength={2000}
                  value={comments[item.id] ?? ''}
                  onChange={(e) => onComment(item.id, e.target.value)}
                  fieldClassName="mb-0"
                />
              ) : comments[item.id] ? (
                <p className="m-0 text-sm whitespace-pre-wrap">
                  <strong>Comment:</strong> {comments[item.id]}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {review.checkIns.length > 0 ? (
        <ScrollRegion label="Check-in ratings by week" className="mt-4">
          <table className={compactTable}>
            <caption className="font-normal text-muted">
              Check-in ratings by week, from 1 to 5. The gap is how far each partner’s view of themself is
              from their partner’s view of them, averaged; {PERCEPTION_GAP} or more is marked.
            </caption>
            <thead>
              <tr>
                <th scope="col">Behavior</th>
                <th scope="col">Week of</th>
                <th scope="col">Self</th>
                <th scope="col">Partner</th>
                <th scope="col">Gap</th>
              </tr>
            </thead>
            <tbody>
              {review.checkIns.map((row) => (
                <tr
                  key={`${row.behavior}-${row.weekOf}`}
                  className={isPerceptionGap(row.gap) ? 'bg-danger-50' : undefined}
                >
                  <th scope="row">{behaviorName(row.behavior)}</th>
                  <td>{formatCalendarDate(row.weekOf)}</td>
                  <td>{row.selfAverage ?? '–'}</td>
                  <td>{row.partnerAverage ?? '–'}</td>
                  <GapCell gap={row.gap} />
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
    </Card>
  );
}
