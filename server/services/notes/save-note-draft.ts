// Saves a note's draft: the first save creates the note (its template fixed from the practice's
// setting then), later saves replace the content if the caller saw the latest version.
import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { assignments, type NoteTemplate, sessionNotes } from '@/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { recordAudit } from '../audit/record-audit';
import { ZNoteContent } from './note-content';
import { onlyTheAuthor, signedNoteIsFinal, staleNote } from './note-errors';
import { findNoteSession } from './note-session';
import { TEMPLATE_SECTIONS, type TNoteContent } from './note-shape';
import { sealNoteContent } from './sealed-text';
import { findSessionNoteRow, nextUpdatedAt } from './session-note-row';

export const ZSaveNoteDraftInput = z.object({
  sessionId: z.uuid(),
  /** The version the editor started from; null when it is creating the note. */
  expectedUpdatedAt: z.date().nullable(),
  content: ZNoteContent,
});
type TSaveNoteDraftInput = z.infer<typeof ZSaveNoteDraftInput>;

async function checkContent(
  tx: Tx,
  actor: Actor,
  coupleId: string,
  template: NoteTemplate,
  content: TNoteContent,
) {
  const allowed = new Set<string>(TEMPLATE_SECTIONS[template].map((s) => s.key));
  const stray = Object.entries(content.sections).filter(
    ([key, text]) => text !== undefined && !allowed.has(key),
  );
  if (stray.length > 0)
    throw new AppError('BAD_REQUEST', `This note’s template has no section called “${stray[0]?.[0]}”.`);
  const ids = content.homeworkReview.map((r) => r.assignmentId);
  if (new Set(ids).size !== ids.length)
    throw new AppError('BAD_REQUEST', 'Each reviewed assignment can have one comment.');
  if (ids.length === 0) return;
  const known = await tx
    .select({ id: assignments.id })
    .from(assignments)
    .where(
      and(
        eq(assignments.practiceId, actor.practiceId),
        eq(assignments.coupleId, coupleId),
        inArray(assignments.id, ids),
      ),
    );
  if (known.length !== ids.length)
    throw new AppError('BAD_REQUEST', 'A homework comment names an assignment this couple does not have.');
}

export async function saveNoteDraft(tx: Tx, actor: Actor, input: TSaveNoteDraftInput) {
  const session = await findNoteSession(tx, actor, input.sessionId);
  const row = await findSessionNoteRow(tx, actor, session.id, true);
  if (!row) {
    if (input.expectedUpdatedAt !== null) throw staleNote();
    if (session.status === 'cancelled')
      throw new AppError('BAD_REQUEST', 'This session was cancelled, so it has no note.');
    await checkContent(tx, actor, session.coupleId, session.noteTemplate, input.content);
    const id = randomUUID();
    const updatedAt = nextUpdatedAt(null);
    await tx.insert(sessionNotes).values({
      practiceId: actor.practiceId,
      id,
      sessionId: session.id,
      coupleId: session.coupleId,
      authorId: actor.membershipId,
      template: session.noteTemplate,
      contentCiphertext: sealNoteContent(actor.practiceId, id, input.content),
      createdAt: updatedAt,
      updatedAt,
    });
    await recordAudit(tx, actor, {
      action: 'note.saved',
      targetType: 'session_note',
      targetId: id,
      metadata: { sessionId: session.id, created: true },
    });
    return { noteId: id, updatedAt };
  }
  if (row.signedAt) throw signedNoteIsFinal();
  if (row.authorId !== actor.membershipId) throw onlyTheAuthor('change it');
  if (input.expectedUpdatedAt?.getTime() !== row.updatedAt.getTime()) throw staleNote();
  await checkContent(tx, actor, session.coupleId, row.template, input.content);
  const updatedAt = nextUpdatedAt(row.updatedAt);
  await tx
    .update(sessionNotes)
    .set({ contentCiphertext: sealNoteContent(actor.practiceId, row.id, input.content), updatedAt })
    .where(and(eq(sessionNotes.practiceId, actor.practiceId), eq(sessionNotes.id, row.id)));
  await recordAudit(tx, actor, {
    action: 'note.saved',
    targetType: 'session_note',
    targetId: row.id,
    metadata: { sessionId: session.id, created: false },
  });
  return { noteId: row.id, updatedAt };
}
