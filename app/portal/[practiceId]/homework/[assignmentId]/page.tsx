import type { Metadata } from 'next';
import Link from 'next/link';
import { emptyAnswer } from '../../../../../server/services/homework/answer-body';
import { BEHAVIOR_LABELS } from '../../../../../server/services/homework/behavior-labels';
import { AnswerView } from '../../../../_components/homework/answer-view';
import { formatCalendarDate } from '../../../../_lib/calendar-date';
import { KIND_LABELS } from '../../../../_lib/homework-labels';
import { loadOrRedirect, serverApi } from '../../../../_lib/server-api';
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
    <main id="main" className="narrow">
      <p>
        <Link href={`/portal/${practiceId}`}>← This week</Link>
      </p>
      <h1>{assignment.title}</h1>
      <p className="muted">
        {BEHAVIOR_LABELS[assignment.behavior].name} · {KIND_LABELS[assignment.kind]} · about{' '}
        {content.estimatedMinutes} min · due {formatCalendarDate(assignment.dueOn)}
      </p>
      {assignment.note ? (
        <aside className="card note" aria-label="Note from your counselor">
          <p>
            <strong>From your counselor:</strong> {assignment.note}
          </p>
        </aside>
      ) : null}
      <section className="card" aria-labelledby="how-heading">
        <h2 id="how-heading">What to do</h2>
        <p>{content.instructions}</p>
      </section>
      {assignment.reviewedAt ? (
        <section className="card review" aria-labelledby="review-heading">
          <h2 id="review-heading">Your counselor has looked at this</h2>
          {assignment.reviewComment ? <p>{assignment.reviewComment}</p> : null}
        </section>
      ) : null}
      {sent && mine.answer ? (
        <section className="card" aria-labelledby="sent-heading">
          <h2 id="sent-heading">
            {content.participation === 'together' ? 'Your answer together' : 'Your answer'}
          </h2>
          <AnswerView content={content} answer={mine.answer} />
          {!closed && view.canChangeVisibility && content.kind !== 'joint-reveal' && mine.visibility ? (
            <VisibilityChanger
              assignmentId={assignment.id}
              initial={mine.visibility}
              partnerName={partnerName}
              allowPrivate={content.participation !== 'together'}
            />
          ) : null}
        </section>
      ) : closed ? (
        <section className="card" aria-labelledby="closed-heading">
          <h2 id="closed-heading">{mine.answer ? 'Your unsent draft' : 'Your answer'}</h2>
          {mine.answer ? <AnswerView content={content} answer={mine.answer} /> : null}
          <p className="muted">This file is closed, so answers can no longer be sent.</p>
        </section>
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
        <section className="card" aria-labelledby="partner-heading">
          <h2 id="partner-heading">{partnerName}’s answer</h2>
          {theirs.answer ? (
            <AnswerView content={content} answer={theirs.answer} />
          ) : (
            <p className="muted">{partnerAnswerHint(assignment.kind, theirs.status, sent, partnerName)}</p>
          )}
        </section>
      ) : null}
    </main>
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
