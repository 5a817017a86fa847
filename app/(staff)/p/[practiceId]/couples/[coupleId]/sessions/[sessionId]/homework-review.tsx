// The homework a note reviews: each item with every partner's status (never their text), the
// check-in ratings with perception gaps, and the counselor's comment per item (editable or not).
import { TextAreaField } from '../../../../../../../_components/ui/field';
import { formatCalendarDate } from '../../../../../../../_lib/calendar-date';
import { behaviorName, KIND_LABELS } from '../../../../../../../_lib/homework-labels';
import { formatDay } from '../../../../../../../_lib/session-time';
import { SLOT_STATUS_LABELS } from '../../_homework/homework-status';
import type { THomeworkReview } from './note-types';

/** An averaged gap this large between how partners see themselves and are seen is flagged. */
const GAP = 1.5;

const STATUS_BADGE = { 'not-started': 'badge warn', draft: 'badge', submitted: 'badge ok' } as const;

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
    <section aria-labelledby="review-heading" className="note-part">
      <h2 id="review-heading">Homework review</h2>
      <p className="hint">
        Due after {formatCalendarDate(review.after)} up to {formatCalendarDate(review.upTo)}
        {review.previousSessionId ? ' (since the previous session)' : ' (the 14 days before this session)'}.
        Statuses only: answers stay on the couple’s page, as each partner shared them.
      </p>
      {review.items.length === 0 ? (
        <p className="card">No homework was due in this period.</p>
      ) : (
        <ul className="review-list">
          {review.items.map((item) => (
            <li key={item.id} className="card">
              <h3>{item.title}</h3>
              <p className="muted">
                {behaviorName(item.behavior)} · {KIND_LABELS[item.kind]} · due{' '}
                {formatCalendarDate(item.dueOn)}
              </p>
              <ul className="review-slots" aria-label={`Progress on ${item.title}`}>
                {item.slots.map((slot) => (
                  <li key={slot.partnerId ?? 'together'}>
                    <strong>{nameOf(slot.partnerId)}</strong>{' '}
                    <span className={STATUS_BADGE[slot.status]}>{SLOT_STATUS_LABELS[slot.status]}</span>
                    {slot.submittedAt ? (
                      <span className="muted"> {formatDay(slot.submittedAt, timeZone)}</span>
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
                />
              ) : comments[item.id] ? (
                <p className="note-text">
                  <strong>Comment:</strong> {comments[item.id]}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {review.checkIns.length > 0 ? (
        <table className="gap-table">
          <caption>
            Check-in ratings by week, from 1 to 5. The gap is how far each partner’s view of themself is from
            their partner’s view of them, averaged; {GAP} or more is marked.
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
            {review.checkIns.map((row) => {
              const isGap = row.gap !== null && row.gap >= GAP;
              return (
                <tr key={`${row.behavior}-${row.weekOf}`} className={isGap ? 'gap' : undefined}>
                  <th scope="row">{behaviorName(row.behavior)}</th>
                  <td>{formatCalendarDate(row.weekOf)}</td>
                  <td>{row.selfAverage ?? '–'}</td>
                  <td>{row.partnerAverage ?? '–'}</td>
                  <td>
                    {row.gap ?? '–'}
                    {isGap ? <span className="badge danger">Perception gap</span> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
