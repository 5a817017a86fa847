// The signed-in partner's own answer row to an assignment (or the couple's shared one), locked
// for the rest of the transaction so two saves, or a save and a submit, happen one after the other.
import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { responses } from '@/db/schema';

/** `slot`: the partner's id, or null for the shared answer of an exercise done together. */
export async function lockMyResponse(tx: Tx, practiceId: string, assignmentId: string, slot: string | null) {
  const [found] = await tx
    .select({ id: responses.id, status: responses.status, visibility: responses.visibility })
    .from(responses)
    .where(
      and(
        eq(responses.practiceId, practiceId),
        eq(responses.assignmentId, assignmentId),
        slot === null ? isNull(responses.partnerId) : eq(responses.partnerId, slot),
      ),
    )
    .for('update');
  return found ?? null;
}
