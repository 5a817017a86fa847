// Everything the note page shows for one session: the session, its note (decrypted, audited as a
// read), addenda, the homework review and the homework assigned from the note.
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { assignments, memberships, sessionNoteAddenda, users } from '@/db/schema';
import type { Actor } from '../actor';
import { recordAudit } from '../audit/record-audit';
import { sessionAddress } from '../sessions/session-address';
import { loadHomeworkReview } from './load-homework-review';
import { findNoteSession } from './note-session';
import { openAddendum, openNoteContent } from './sealed-text';
import { findSessionNoteRow } from './session-note-row';

export const ZSessionRef = z.object({ sessionId: z.uuid() });
type TSessionRef = z.infer<typeof ZSessionRef>;

async function authorName(tx: Tx, actor: Actor, membershipId: string) {
  const [row] = await tx
    .select({ name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.practiceId, actor.practiceId), eq(memberships.id, membershipId)));
  return row?.name ?? 'Former staff member';
}

export async function getSessionNote(tx: Tx, actor: Actor, input: TSessionRef) {
  const session = await findNoteSession(tx, actor, input.sessionId);
  const row = await findSessionNoteRow(tx, actor, session.id);
  const homeworkReview = await loadHomeworkReview(tx, actor, session);
  const facts = {
    id: session.id,
    coupleId: session.coupleId,
    startsAt: session.startsAt,
    durationMinutes: session.durationMinutes,
    format: session.format,
    location: session.location,
    address: sessionAddress(session, session.officeAddress),
    status: session.status,
    counselorName: session.counselorName,
    timeZone: session.timeZone,
  };
  if (!row) {
    return {
      session: facts,
      template: session.noteTemplate,
      note: null,
      addenda: [],
      homeworkReview,
      assignedFromNote: [],
      canStart: session.status !== 'cancelled',
    };
  }
  const content = openNoteContent(actor.practiceId, row.id, row.contentCiphertext);
  const addendaRows = await tx
    .select({
      id: sessionNoteAddenda.id,
      authorName: users.name,
      createdAt: sessionNoteAddenda.createdAt,
      bodyCiphertext: sessionNoteAddenda.bodyCiphertext,
    })
    .from(sessionNoteAddenda)
    .innerJoin(
      memberships,
      and(
        eq(memberships.practiceId, sessionNoteAddenda.practiceId),
        eq(memberships.id, sessionNoteAddenda.authorId),
      ),
    )
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(sessionNoteAddenda.practiceId, actor.practiceId), eq(sessionNoteAddenda.noteId, row.id)))
    .orderBy(asc(sessionNoteAddenda.createdAt), asc(sessionNoteAddenda.id));
  const assignedFromNote = await tx
    .select({
      id: assignments.id,
      title: assignments.title,
      behavior: assignments.behavior,
      partnerId: assignments.partnerId,
      dueOn: assignments.dueOn,
      cancelledAt: assignments.cancelledAt,
    })
    .from(assignments)
    .where(and(eq(assignments.practiceId, actor.practiceId), eq(assignments.sessionNoteId, row.id)))
    .orderBy(asc(assignments.createdAt), asc(assignments.id));
  await recordAudit(tx, actor, {
    action: 'note.read',
    targetType: 'session_note',
    targetId: row.id,
    metadata: { sessionId: session.id, addenda: addendaRows.length },
  });
  return {
    session: facts,
    template: row.template,
    note: {
      id: row.id,
      authorName: await authorName(tx, actor, row.authorId),
      isAuthor: row.authorId === actor.membershipId,
      content,
      signedAt: row.signedAt,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    },
    addenda: addendaRows.map((a) => ({
      id: a.id,
      authorName: a.authorName,
      createdAt: a.createdAt,
      text: openAddendum(actor.practiceId, a.id, a.bodyCiphertext),
    })),
    homeworkReview,
    assignedFromNote,
    canStart: false,
  };
}
