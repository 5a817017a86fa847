import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { responses } from '@/db/schema';
import type { StoredResponse } from './answer-slots';
import { openAnswer } from './stored-answer';

/** The responses to these assignments that row-level security lets the viewer see, decrypted lazily. */
export async function loadResponses(
  tx: Tx,
  practiceId: string,
  assignmentIds: string[],
): Promise<Map<string, StoredResponse[]>> {
  const byAssignment = new Map<string, StoredResponse[]>();
  if (assignmentIds.length === 0) return byAssignment;
  const rows = await tx
    .select()
    .from(responses)
    .where(and(eq(responses.practiceId, practiceId), inArray(responses.assignmentId, assignmentIds)));
  for (const row of rows) {
    const list = byAssignment.get(row.assignmentId) ?? [];
    list.push({
      id: row.id,
      partnerId: row.partnerId,
      status: row.status,
      visibility: row.visibility,
      submittedAt: row.submittedAt,
      updatedAt: row.updatedAt,
      body: () => openAnswer(practiceId, row.id, row.bodyCiphertext),
    });
    byAssignment.set(row.assignmentId, list);
  }
  return byAssignment;
}
