import { ChevronLeft } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { Alert } from '@/app/_components/ui/alert';
import { Card } from '@/app/_components/ui/card';
import { isUuid } from '@/app/_lib/is-uuid';
import { TEMPLATE_NAMES } from '@/app/_lib/note-labels';
import { loadOrRedirect, serverApi } from '@/app/_lib/server-api';
import {
  FORMAT_LABELS,
  formatInstant,
  formatSessionTime,
  SESSION_STATUS_LABELS,
} from '@/app/_lib/session-time';
import { toPickerExercise } from '@/app/(staff)/p/[practiceId]/couples/[coupleId]/_homework/picker-exercise';
import { MeasuresAtAGlance } from '../../_measures/measures-at-a-glance';
import { AddAddendumForm } from './add-addendum-form';
import { Addenda } from './addenda';
import { NoteEditor } from './note-editor';
import { NoteView } from './note-view';
import { ProcessNoteBox } from './process-note-box';

export const metadata: Metadata = { title: 'Session note' };

export default async function SessionNotePage({
  params,
}: {
  params: Promise<{ practiceId: string; coupleId: string; sessionId: string }>;
}) {
  const { practiceId, coupleId, sessionId } = await params;
  if (!isUuid(coupleId) || !isUuid(sessionId)) notFound();
  const api = await serverApi(practiceId);
  const [view, processNote, couple, measures] = await loadOrRedirect(() =>
    Promise.all([
      api.notes.get({ sessionId }),
      api.notes.processNote.get({ sessionId }),
      api.couples.get({ coupleId }),
      api.measures.forCouple({ coupleId }),
    ]),
  );
  if (view.session.coupleId !== couple.id) notFound();
  const { session, note } = view;
  const editable = note ? note.isAuthor && !note.signedAt : view.canStart;
  const exercises =
    editable && couple.status === 'active' ? await loadOrRedirect(() => api.exercises.find({})) : [];
  return (
    <div className="flex flex-col gap-6">
      <div>
        <p className="m-0 mb-2 text-sm">
          <Link
            href={`/p/${practiceId}/couples/${couple.id}/sessions`}
            className="inline-flex items-center gap-1"
          >
            <ChevronLeft aria-hidden className="size-4" />
            All sessions
          </Link>
        </p>
        <Card aria-labelledby="note-heading">
          <h2 id="note-heading" className="m-0 mb-4 text-xl">
            Session note
          </h2>
          <dl className="m-0 grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-3">
            <Fact term="When">
              {formatSessionTime(session.startsAt, session.durationMinutes, session.timeZone)}
            </Fact>
            <Fact term="Where">
              {FORMAT_LABELS[session.format]}
              {session.format === 'video'
                ? session.location && ` · ${session.location}`
                : session.address && ` · ${session.address}`}
            </Fact>
            <Fact term="Counselor">{session.counselorName}</Fact>
            <Fact term="Status">{SESSION_STATUS_LABELS[session.status]}</Fact>
            <Fact term="Note">
              {TEMPLATE_NAMES[view.template]} template
              {note?.signedAt
                ? ` · signed by ${note.authorName}, ${formatInstant(note.signedAt, session.timeZone)}`
                : note
                  ? ` · draft by ${note.authorName}`
                  : ' · not started'}
            </Fact>
          </dl>
        </Card>
      </div>
      {/* The scores to quote while writing: baseline, previous and latest for each partner. */}
      <MeasuresAtAGlance data={measures} measuresHref={`/p/${practiceId}/couples/${couple.id}/measures`} />
      {editable ? (
        <NoteEditor
          sessionId={session.id}
          coupleId={couple.id}
          template={view.template}
          initial={note ? { id: note.id, content: note.content, updatedAt: note.updatedAt } : null}
          review={view.homeworkReview}
          partners={view.homeworkReview.partners}
          exercises={exercises.map(toPickerExercise)}
          assignedFromNote={view.assignedFromNote}
          timeZone={session.timeZone}
        />
      ) : note ? (
        <>
          {note.signedAt ? null : (
            <Alert>
              <p>This is {note.authorName}’s draft; only the author can change or sign it.</p>
            </Alert>
          )}
          <NoteView
            template={view.template}
            content={note.content}
            review={view.homeworkReview}
            timeZone={session.timeZone}
          />
          {note.signedAt ? (
            <section aria-labelledby="addenda-heading" className="flex flex-col gap-3">
              <h2 id="addenda-heading" className="m-0">
                Addenda
              </h2>
              <Addenda addenda={view.addenda} timeZone={session.timeZone} />
              <AddAddendumForm sessionId={session.id} />
            </section>
          ) : null}
        </>
      ) : (
        <p className="m-0 rounded-lg border border-dashed border-line bg-surface p-4 text-muted">
          This session was cancelled, so it has no note.
        </p>
      )}
      <ProcessNoteBox sessionId={session.id} initial={processNote} timeZone={session.timeZone} />
    </div>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-sm text-muted">{term}</dt>
      <dd className="m-0 break-words">{children}</dd>
    </div>
  );
}
