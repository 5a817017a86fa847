// The stored note of a session, if any, optionally locked for a change in this transaction.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { sessionNotes } from '@/db/schema';
import type { Actor } from '../actor';

export async function findSessionNoteRow(tx: Tx, actor: Actor, sessionId: string, lock = false) {
  const query = tx
    .select()
    .from(sessionNotes)
    .where(and(eq(sessionNotes.practiceId, actor.practiceId), eq(sessionNotes.sessionId, sessionId)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** The next version stamp: now, but always after the previous one, so a stale copy never matches. */
export function nextUpdatedAt(previous: Date | null): Date {
  const now = Date.now();
  return new Date(previous && previous.getTime() >= now ? previous.getTime() + 1 : now);
}
