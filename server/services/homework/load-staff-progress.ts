// Staff see where each partner is with homework (draft, sent, privately) through
// app_staff_response_progress; answer text still comes only through row-level security.
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '@/db/client';
import type { AnswerVisibility } from '@/db/schema';
import type { StoredResponse } from './answer-slots';
import { loadResponses } from './load-responses';

type ProgressRow = {
  assignment_id: string;
  partner_id: string | null;
  status: 'draft' | 'submitted';
  visibility: AnswerVisibility;
  submitted_at: string | Date | null;
};

export async function loadStaffProgress(
  tx: Tx,
  practiceId: string,
  assignmentIds: string[],
): Promise<Map<string, StoredResponse[]>> {
  const byAssignment = new Map<string, StoredResponse[]>();
  if (assignmentIds.length === 0) return byAssignment;
  const readable = await loadResponses(tx, practiceId, assignmentIds);
  const rows = await queryRows<ProgressRow>(
    tx,
    sql`select * from app_staff_response_progress(${`{${assignmentIds.join(',')}}`}::uuid[])`,
  );
  for (const row of rows) {
    const answer = readable.get(row.assignment_id)?.find((r) => r.partnerId === row.partner_id);
    const list = byAssignment.get(row.assignment_id) ?? [];
    list.push({
      id: answer?.id ?? '',
      partnerId: row.partner_id,
      status: row.status,
      visibility: row.visibility,
      submittedAt: row.submitted_at ? new Date(row.submitted_at) : null,
      updatedAt: answer?.updatedAt ?? new Date(0),
      body:
        answer?.body ??
        (() => {
          throw new Error('this answer is not readable by staff');
        }),
    });
    byAssignment.set(row.assignment_id, list);
  }
  return byAssignment;
}
