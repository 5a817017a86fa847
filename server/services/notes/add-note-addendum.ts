// After signing, later words go in addenda: each under its author's name and time, never changed.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { sessionNoteAddenda } from '@/db/schema';
import { AppError, notFound } from '@/server/errors';
import type { Actor } from '../actor';
import { recordAudit } from '../audit/record-audit';
import { findNoteSession } from './note-session';
import { sealAddendum } from './sealed-text';
import { findSessionNoteRow } from './session-note-row';

export const ZAddNoteAddendumInput = z.object({
  sessionId: z.uuid(),
  text: z
    .string()
    .trim()
    .min(1, 'Write the addendum first.')
    .max(10_000, 'Keep an addendum under 10,000 characters.'),
});
type TAddNoteAddendumInput = z.infer<typeof ZAddNoteAddendumInput>;

export async function addNoteAddendum(tx: Tx, actor: Actor, input: TAddNoteAddendumInput) {
  const session = await findNoteSession(tx, actor, input.sessionId);
  const row = await findSessionNoteRow(tx, actor, session.id);
  if (!row) throw notFound('Session note');
  if (!row.signedAt)
    throw new AppError(
      'CONFLICT',
      'This note is still a draft: change it directly, addenda come after signing.',
    );
  const id = randomUUID();
  const [added] = await tx
    .insert(sessionNoteAddenda)
    .values({
      practiceId: actor.practiceId,
      id,
      noteId: row.id,
      authorId: actor.membershipId,
      bodyCiphertext: sealAddendum(actor.practiceId, id, input.text),
    })
    .returning({ createdAt: sessionNoteAddenda.createdAt });
  if (!added) throw new Error('addendum insert returned nothing');
  await recordAudit(tx, actor, {
    action: 'note.addendum-added',
    targetType: 'session_note',
    targetId: row.id,
    metadata: { sessionId: session.id, addendumId: id },
  });
  return { addendumId: id, createdAt: added.createdAt };
}
