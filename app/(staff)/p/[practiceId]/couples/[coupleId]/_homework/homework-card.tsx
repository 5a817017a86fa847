import { DueDate } from '../../../../../../_components/homework/due-date';
import { behaviorName, KIND_LABELS } from '../../../../../../_lib/homework-labels';
import type { THomeworkItem, THomeworkPartner } from '../../../../../../_lib/router-types';
import { formatDay } from '../../../../../../_lib/session-time';
import { CancelHomeworkButton } from './cancel-homework-button';
import { ChangeHomeworkForm } from './change-homework-form';
import { CheckInGaps } from './check-in-gaps';
import { homeworkHeadingId } from './homework-focus';
import { hasSubmission, isOpen, recipientText } from './homework-status';
import { PartnerProgress } from './partner-progress';
import { ReviewHomeworkForm } from './review-homework-form';

/** One assignment: what it is, who it is for, how far each partner has got, and what to do next. */
export function HomeworkCard({
  item,
  partners,
  timeZone,
}: {
  item: THomeworkItem;
  partners: THomeworkPartner[];
  /** The practice's, on whose calendar each day is read. */
  timeZone: string;
}) {
  const headingId = homeworkHeadingId(item.id);
  const { content } = item;
  return (
    <li
      className={item.cancelledAt ? 'card assigned cancelled' : 'card assigned'}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} tabIndex={-1}>
        {item.title}
      </h3>
      <p className="meta">
        <span className="badge">{behaviorName(item.behavior)}</span>
        <span>{KIND_LABELS[item.kind]}</span>
        <span>{recipientText(item, partners)}</span>
        <DueDate dueOn={item.dueOn} open={isOpen(item)} />
        {item.cancelledAt ? (
          <span className="badge warn">Cancelled {formatDay(item.cancelledAt, timeZone)}</span>
        ) : null}
      </p>
      {item.note ? (
        <p className="assigned-note">
          <span className="muted">Your note: </span>
          {item.note}
        </p>
      ) : null}
      {item.cancelledAt ? null : (
        <>
          <PartnerProgress item={item} partners={partners} timeZone={timeZone} />
          {content.kind === 'check-in-scale' ? (
            <CheckInGaps behaviors={content.scaleBehaviors} partners={partners} slots={item.slots} />
          ) : null}
        </>
      )}
      {item.reviewedAt ? (
        <div className="review-note">
          <p>
            <strong>Reviewed {formatDay(item.reviewedAt, timeZone)}</strong>
          </p>
          {item.reviewComment ? <p className="prose">“{item.reviewComment}”</p> : null}
        </div>
      ) : !item.cancelledAt && hasSubmission(item) ? (
        <ReviewHomeworkForm assignmentId={item.id} title={item.title} />
      ) : null}
      {item.canChange ? (
        <div className="actions">
          <ChangeHomeworkForm assignmentId={item.id} title={item.title} dueOn={item.dueOn} note={item.note} />
          <CancelHomeworkButton assignmentId={item.id} title={item.title} />
        </div>
      ) : null}
    </li>
  );
}
