// The author signs a note: it becomes part of the record and never changes again (the database
// refuses too). Only the version the author last saw can be signed, with all nine behaviors rated.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { sessionNotes } from '@/db/schema';
import { AppError, notFound } from '@/server/errors';
import type { Actor } from '../actor';
import { recordAudit } from '../audit/record-audit';
import { BEHAVIOR_LABELS } from '../homework/behavior-labels';
import { onlyTheAuthor, signedNoteIsFinal, staleNote } from './note-errors';
import { findNoteSession } from './note-session';
import { unratedBehaviors } from './note-shape';
import { openNoteContent } from './sealed-text';
import { findSessionNoteRow, nextUpdatedAt } from './session-note-row';

export const ZSignNoteInput = z.object({ sessionId: z.uuid(), expectedUpdatedAt: z.date() });
type TSignNoteInput = z.infer<typeof ZSignNoteInput>;

export async function signNote(tx: Tx, actor: Actor, input: TSignNoteInput) {
  const session = await findNoteSession(tx, actor, input.sessionId);
  const row = await findSessionNoteRow(tx, actor, session.id, true);
  if (!row) throw notFound('Session note');
  if (row.signedAt) throw signedNoteIsFinal();
  if (row.authorId !== actor.membershipId) throw onlyTheAuthor('sign it');
  if (input.expectedUpdatedAt.getTime() !== row.updatedAt.getTime()) throw staleNote();
  const unrated = unratedBehaviors(openNoteContent(actor.practiceId, row.id, row.contentCiphertext));
  if (unrated.length > 0)
    throw new AppError(
      'BAD_REQUEST',
      `Choose a level for every behavior before signing. Still open: ${unrated.map((b) => BEHAVIOR_LABELS[b].name).join(', ')}.`,
    );
  const signedAt = nextUpdatedAt(row.updatedAt);
  await tx
    .update(sessionNotes)
    .set({ signedAt, updatedAt: signedAt })
    .where(and(eq(sessionNotes.practiceId, actor.practiceId), eq(sessionNotes.id, row.id)));
  await recordAudit(tx, actor, {
    action: 'note.signed',
    targetType: 'session_note',
    targetId: row.id,
    metadata: { sessionId: session.id },
  });
  return { noteId: row.id, signedAt };
}
