import { ChevronLeft, CircleCheck, Clock, MessageSquareText } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { AnswerView } from '@/app/_components/homework/answer-view';
import { Badge } from '@/app/_components/ui/badge';
import { Card, CardTitle } from '@/app/_components/ui/card';
import { formatCalendarDate } from '@/app/_lib/calendar-date';
import { KIND_LABELS } from '@/app/_lib/homework-labels';
import { loadOrRedirect, serverApi } from '@/app/_lib/server-api';
import { PortalPage } from '@/app/portal/[practiceId]/portal-page';
import { emptyAnswer } from '@/server/services/homework/answer-body';
import { BEHAVIOR_LABELS } from '@/server/services/homework/behavior-labels';
import { AnswerEditor } from './answer-editor';
import { VisibilityChanger } from './visibility-changer';

export const metadata: Metadata = { title: 'Homework' };

export default async function HomeworkPage({
  params,
}: {
  params: Promise<{ practiceId: string; assignmentId: string }>;
}) {
  const { practiceId, assignmentId } = await params;
  const api = await serverApi(practiceId);
  const [view, home] = await loadOrRedirect(() =>
    Promise.all([api.portal.homework.get({ assignmentId }), api.portal.home()]),
  );
  // A closed file is read-only: answers and drafts stay readable, nothing can be sent or changed.
  const closed = home.status === 'closed';
  const { assignment, mine, theirs, partner } = view;
  const { content } = assignment;
  const partnerName = partner?.displayName.split(' ')[0] ?? 'your partner';
  const sent = mine.status === 'submitted';
  return (
    <PortalPage>
      <div>
        <Link
          href={`/portal/${practiceId}`}
          className="-ml-2 inline-flex min-h-11 items-center gap-1 rounded-md px-2 text-sm font-medium no-underline hover:bg-brand-50"
        >
          <ChevronLeft aria-hidden className="size-4" />
          Back to this week
        </Link>
        <h1 className="m-0 mt-1">{assignment.title}</h1>
        <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
          <Badge tone="brand">{BEHAVIOR_LABELS[assignment.behavior].name}</Badge>
          <span>{KIND_LABELS[assignment.kind]}</span>
          <span className="inline-flex items-center gap-1">
            <Clock aria-hidden className="size-4" />
            About {content.estimatedMinutes} min
          </span>
          <span>Due {formatCalendarDate(assignment.dueOn)}</span>
        </div>
      </div>
      {assignment.note ? (
        <aside
          className="rounded-lg border-l-4 border-accent-500 bg-accent-50 px-4 py-3"
          aria-label="Note from your counselor"
        >
          <p className="m-0 text-sm font-semibold text-accent-700">From your counselor</p>
          <p className="m-0 mt-1 whitespace-pre-line">{assignment.note}</p>
        </aside>
      ) : null}
      <Card aria-labelledby="how-heading">
        <CardTitle id="how-heading">What to do</CardTitle>
        <p className="m-0 mt-2 whitespace-pre-line">{content.instructions}</p>
      </Card>
      {assignment.reviewedAt ? (
        <section
          className="flex gap-3 rounded-lg border border-success-100 bg-success-50 p-4 sm:p-5"
          aria-labelledby="review-heading"
        >
          <MessageSquareText aria-hidden className="mt-0.5 size-5 shrink-0 text-success-700" />
          <div className="min-w-0">
            <h2 id="review-heading" className="m-0 text-base font-semibold">
              Your counselor has looked at this
            </h2>
            {assignment.reviewComment ? (
              <p className="m-0 mt-1 whitespace-pre-line">{assignment.reviewComment}</p>
            ) : null}
          </div>
        </section>
      ) : null}
      {sent && mine.answer ? (
        <Card aria-labelledby="sent-heading">
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <CardTitle id="sent-heading">
              {content.participation === 'together' ? 'Your answer together' : 'Your answer'}
            </CardTitle>
            <Badge tone="success">
              <CircleCheck aria-hidden />
              Sent
            </Badge>
          </div>
          <AnswerView content={content} answer={mine.answer} />
          {!closed && view.canChangeVisibility && content.kind !== 'joint-reveal' && mine.visibility ? (
            <div className="mt-5 border-t border-line pt-5">
              <VisibilityChanger
                assignmentId={assignment.id}
                initial={mine.visibility}
                partnerName={partnerName}
                allowPrivate={content.participation !== 'together'}
              />
            </div>
          ) : null}
        </Card>
      ) : closed ? (
        <Card aria-labelledby="closed-heading">
          <CardTitle id="closed-heading" className="mb-3">
            {mine.answer ? 'Your unsent draft' : 'Your answer'}
          </CardTitle>
          {mine.answer ? <AnswerView content={content} answer={mine.answer} /> : null}
          <p className="m-0 mt-3 text-sm text-muted">
            This file is closed, so answers can no longer be sent.
          </p>
        </Card>
      ) : (
        <AnswerEditor
          assignmentId={assignment.id}
          content={content}
          initialAnswer={mine.answer ?? emptyAnswer(content)}
          initialVisibility={mine.visibility ?? view.defaultVisibility}
          partnerName={partnerName}
          timeZone={home.timeZone}
        />
      )}
      {theirs ? (
        <Card aria-labelledby="partner-heading">
          <CardTitle id="partner-heading" className="mb-3">
            {partnerName}’s answer
          </CardTitle>
          {theirs.answer ? (
            <AnswerView content={content} answer={theirs.answer} />
          ) : (
            <p className="m-0 text-muted">
              {partnerAnswerHint(assignment.kind, theirs.status, sent, partnerName)}
            </p>
          )}
        </Card>
      ) : null}
    </PortalPage>
  );
}

function partnerAnswerHint(kind: string, status: string, iSent: boolean, partnerName: string): string {
  if (kind === 'joint-reveal') {
    if (status !== 'submitted')
      return `${partnerName} has not sent theirs yet. You will both see each other’s answers once you have both sent them.`;
    return iSent ? 'Loading…' : `${partnerName} has sent theirs. Send yours to see both.`;
  }
  if (status === 'submitted')
    return `${partnerName} has finished, and is keeping this answer to themself or for your counselor.`;
  return status === 'draft' ? `${partnerName} is working on it.` : `${partnerName} has not started yet.`;
}
