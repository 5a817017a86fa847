import { DueDate } from '@/app/_components/homework/due-date';
import { Badge } from '@/app/_components/ui/badge';
import { cn } from '@/app/_components/ui/cn';
import { behaviorName, KIND_LABELS } from '@/app/_lib/homework-labels';
import type { THomeworkItem, THomeworkPartner } from '@/app/_lib/router-types';
import { formatDay } from '@/app/_lib/session-time';
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
      className={cn(
        'min-w-0 rounded-lg border border-line bg-surface p-5 shadow-card',
        item.cancelledAt && 'bg-paper shadow-none',
      )}
      aria-labelledby={headingId}
    >
      <h3
        id={headingId}
        tabIndex={-1}
        className={cn('m-0 scroll-mt-4 text-base', item.cancelledAt && 'text-muted line-through')}
      >
        {item.title}
      </h3>
      <p className="m-0 mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
        <Badge tone="brand">{behaviorName(item.behavior)}</Badge>
        <span>{KIND_LABELS[item.kind]}</span>
        <span>{recipientText(item, partners)}</span>
        <DueDate dueOn={item.dueOn} open={isOpen(item)} />
        {item.cancelledAt ? (
          <Badge tone="warning">Cancelled {formatDay(item.cancelledAt, timeZone)}</Badge>
        ) : null}
      </p>
      {item.note ? (
        <p className="m-0 mt-3 rounded-md bg-paper px-3 py-2 text-sm">
          <span className="text-muted">Your note: </span>
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
        <div className="mt-4 rounded-md border border-success-100 bg-success-50 px-3 py-2 text-sm">
          <p className="m-0 font-semibold text-success-700">
            Reviewed {formatDay(item.reviewedAt, timeZone)}
          </p>
          {item.reviewComment ? <p className="m-0 mt-1 whitespace-pre-wrap">“{item.reviewComment}”</p> : null}
        </div>
      ) : !item.cancelledAt && hasSubmission(item) ? (
        <ReviewHomeworkForm assignmentId={item.id} title={item.title} />
      ) : null}
      {item.canChange ? (
        <div className="mt-4 flex flex-wrap items-start gap-2 border-t border-line pt-4">
          <ChangeHomeworkForm assignmentId={item.id} title={item.title} dueOn={item.dueOn} note={item.note} />
          <CancelHomeworkButton assignmentId={item.id} title={item.title} />
        </div>
      ) : null}
    </li>
  );
}
