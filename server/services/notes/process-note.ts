// Psychotherapy (process) notes: the author's private working notes on a session, outside the
// clinical record. Row-level security shows a row to its author only; the service asks for the
// caller's own row as well, so the rule holds in two places.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { processNotes } from '@/db/schema';
import type { Actor } from '../actor';
import { recordAudit } from '../audit/record-audit';
import { staleNote } from './note-errors';
import { findNoteSession } from './note-session';
import { openProcessNote, sealProcessNote } from './sealed-text';
import { nextUpdatedAt } from './session-note-row';

export const ZSaveProcessNoteInput = z.object({
  sessionId: z.uuid(),
  expectedUpdatedAt: z.date().nullable(),
  text: z.string().max(20_000, 'Keep process notes under 20,000 characters.'),
});
type TSaveProcessNoteInput = z.infer<typeof ZSaveProcessNoteInput>;

async function findOwnProcessNote(tx: Tx, actor: Actor, sessionId: string, lock = false) {
  const query = tx
    .select()
    .from(processNotes)
    .where(
      and(
        eq(processNotes.practiceId, actor.practiceId),
        eq(processNotes.sessionId, sessionId),
        eq(processNotes.authorId, actor.membershipId),
      ),
    );
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function getProcessNote(tx: Tx, actor: Actor, input: { sessionId: string }) {
  const session = await findNoteSession(tx, actor, input.sessionId);
  const row = await findOwnProcessNote(tx, actor, session.id);
  if (!row) return null;
  await recordAudit(tx, actor, {
    action: 'process-note.read',
    targetType: 'process_note',
    targetId: row.id,
    metadata: { sessionId: session.id },
  });
  return { text: openProcessNote(actor.practiceId, row.id, row.bodyCiphertext), updatedAt: row.updatedAt };
}

export async function saveProcessNote(tx: Tx, actor: Actor, input: TSaveProcessNoteInput) {
  const session = await findNoteSession(tx, actor, input.sessionId);
  const row = await findOwnProcessNote(tx, actor, session.id, true);
  if ((row?.updatedAt.getTime() ?? null) !== (input.expectedUpdatedAt?.getTime() ?? null)) throw staleNote();
  const id = row?.id ?? randomUUID();
  const updatedAt = nextUpdatedAt(row?.updatedAt ?? null);
  const bodyCiphertext = sealProcessNote(actor.practiceId, id, input.text);
  if (row) {
    await tx
      .update(processNotes)
      .set({ bodyCiphertext, updatedAt })
      .where(and(eq(processNotes.practiceId, actor.practiceId), eq(processNotes.id, id)));
  } else {
    await tx.insert(processNotes).values({
      practiceId: actor.practiceId,
      id,
      sessionId: session.id,
      authorId: actor.membershipId,
      bodyCiphertext,
      createdAt: updatedAt,
      updatedAt,
    });
  }
  await recordAudit(tx, actor, {
    action: 'process-note.saved',
    targetType: 'process_note',
    targetId: id,
    metadata: { sessionId: session.id, created: !row },
  });
  return { updatedAt };
}
