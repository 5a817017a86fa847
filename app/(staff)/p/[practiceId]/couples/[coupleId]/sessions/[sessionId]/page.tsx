import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { isUuid } from '../../../../../../../_lib/is-uuid';
import { TEMPLATE_NAMES } from '../../../../../../../_lib/note-labels';
import { loadOrRedirect, serverApi } from '../../../../../../../_lib/server-api';
import {
  FORMAT_LABELS,
  formatInstant,
  formatSessionTime,
  SESSION_STATUS_LABELS,
} from '../../../../../../../_lib/session-time';
import { toPickerExercise } from '../../_homework/picker-exercise';
import { AddAddendumForm } from './add-addendum-form';
import { Addenda } from './addenda';
import { NoteEditor } from './note-editor';
import { NoteView } from './note-view';
import { ProcessNoteBox } from './process-note-box';
import './notes.css';

export const metadata: Metadata = { title: 'Session note' };

export default async function SessionNotePage({
  params,
}: {
  params: Promise<{ practiceId: string; coupleId: string; sessionId: string }>;
}) {
  const { practiceId, coupleId, sessionId } = await params;
  if (!isUuid(coupleId) || !isUuid(sessionId)) notFound();
  const api = await serverApi(practiceId);
  const [view, processNote, couple] = await loadOrRedirect(() =>
    Promise.all([
      api.notes.get({ sessionId }),
      api.notes.processNote.get({ sessionId }),
      api.couples.get({ coupleId }),
    ]),
  );
  if (view.session.coupleId !== couple.id) notFound();
  const { session, note } = view;
  const editable = note ? note.isAuthor && !note.signedAt : view.canStart;
  const exercises =
    editable && couple.status === 'active' ? await loadOrRedirect(() => api.exercises.find({})) : [];
  const coupleName = couple.partners.map((p) => p.displayName).join(' & ');
  return (
    <main id="main" className="session-note">
      <p>
        <Link href={`/p/${practiceId}/couples/${couple.id}`}>← {coupleName}</Link>
      </p>
      <h1>Session note</h1>
      <dl className="session-facts card">
        <div>
          <dt>When</dt>
          <dd>{formatSessionTime(session.startsAt, session.durationMinutes, session.timeZone)}</dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>
            {FORMAT_LABELS[session.format]}
            {session.format === 'video'
              ? session.location && ` · ${session.location}`
              : session.address && ` · ${session.address}`}
          </dd>
        </div>
        <div>
          <dt>Counselor</dt>
          <dd>{session.counselorName}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>{SESSION_STATUS_LABELS[session.status]}</dd>
        </div>
        <div>
          <dt>Note</dt>
          <dd>
            {TEMPLATE_NAMES[view.template]} template
            {note?.signedAt
              ? ` · signed by ${note.authorName}, ${formatInstant(note.signedAt, session.timeZone)}`
              : note
                ? ` · draft by ${note.authorName}`
                : ' · not started'}
          </dd>
        </div>
      </dl>
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
            <p className="alert">This is {note.authorName}’s draft; only the author can change or sign it.</p>
          )}
          <NoteView
            template={view.template}
            content={note.content}
            review={view.homeworkReview}
            timeZone={session.timeZone}
          />
          {note.signedAt ? (
            <section aria-labelledby="addenda-heading" className="note-part">
              <h2 id="addenda-heading">Addenda</h2>
              <Addenda addenda={view.addenda} timeZone={session.timeZone} />
              <AddAddendumForm sessionId={session.id} />
            </section>
          ) : null}
        </>
      ) : (
        <p className="card">This session was cancelled, so it has no note.</p>
      )}
      <ProcessNoteBox sessionId={session.id} initial={processNote} timeZone={session.timeZone} />
    </main>
  );
}
