// The counselor's nine-behavior observations from a couple's signed notes, oldest session first,
// for charts beside the partners' check-ins. Each note opened is audited as a read.
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { type Behavior, counselingSessions, sessionNotes } from '@/db/schema';
import type { Actor } from '../actor';
import { recordAudit } from '../audit/record-audit';
import { findVisibleCouple } from '../homework/visible-couple';
import type { TObservationLevel } from './note-shape';
import { openNoteContent } from './sealed-text';

type CoupleObservations = {
  sessionId: string;
  startsAt: Date;
  observations: Record<Behavior, TObservationLevel>;
};

export async function loadCoupleObservations(
  tx: Tx,
  actor: Actor,
  coupleId: string,
): Promise<CoupleObservations[]> {
  const couple = await findVisibleCouple(tx, actor, coupleId);
  const rows = await tx
    .select({
      noteId: sessionNotes.id,
      sessionId: sessionNotes.sessionId,
      startsAt: counselingSessions.startsAt,
      contentCiphertext: sessionNotes.contentCiphertext,
    })
    .from(sessionNotes)
    .innerJoin(
      counselingSessions,
      and(
        eq(counselingSessions.practiceId, sessionNotes.practiceId),
        eq(counselingSessions.id, sessionNotes.sessionId),
      ),
    )
    .where(
      and(
        eq(sessionNotes.practiceId, actor.practiceId),
        eq(sessionNotes.coupleId, couple.id),
        isNotNull(sessionNotes.signedAt),
      ),
    )
    .orderBy(asc(counselingSessions.startsAt), asc(sessionNotes.id));
  const result: CoupleObservations[] = [];
  for (const row of rows) {
    const content = openNoteContent(actor.practiceId, row.noteId, row.contentCiphertext);
    await recordAudit(tx, actor, {
      action: 'note.read',
      targetType: 'session_note',
      targetId: row.noteId,
      metadata: { sessionId: row.sessionId, purpose: 'observations' },
    });
    const levels = Object.entries(content.observations).map(([b, o]) => [b, o.level] as const);
    // Signing needs every level, so a signed note always has all nine.
    if (levels.some(([, level]) => level === null)) continue;
    result.push({
      sessionId: row.sessionId,
      startsAt: row.startsAt,
      observations: Object.fromEntries(levels) as Record<Behavior, TObservationLevel>,
    });
  }
  return result;
}
