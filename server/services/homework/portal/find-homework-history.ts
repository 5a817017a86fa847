// The signed-in partner's completed homework: their own answer sent, or the shared answer of an
// exercise done together. Newest first, in pages.
import { and, desc, eq, isNull, lt, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { assignments, responses } from '@/db/schema';
import type { Actor } from '@/server/services/actor';
import { getPortalPeople } from './get-portal-people';
import { myAssignmentColumns, myAssignmentsFilter } from './my-assignments';
import { toPortalItem } from './portal-homework-item';

const PAGE_SIZE = 50;

export const ZHomeworkHistoryInput = z.object({
  cursor: z.object({ submittedAt: z.date(), id: z.uuid() }).optional(),
});
type THomeworkHistoryInput = z.infer<typeof ZHomeworkHistoryInput>;

export async function findHomeworkHistory(tx: Tx, actor: Actor, input: THomeworkHistoryInput) {
  const people = await getPortalPeople(tx, actor);
  const { cursor } = input;
  const rows = await tx
    .select({ ...myAssignmentColumns(people), submittedAt: responses.submittedAt })
    .from(assignments)
    .innerJoin(
      responses,
      and(
        eq(responses.practiceId, assignments.practiceId),
        eq(responses.assignmentId, assignments.id),
        or(eq(responses.partnerId, people.me.partnerId), isNull(responses.partnerId)),
        eq(responses.status, 'submitted'),
      ),
    )
    .where(
      and(
        myAssignmentsFilter(actor, people),
        cursor
          ? or(
              lt(responses.submittedAt, cursor.submittedAt),
              and(eq(responses.submittedAt, cursor.submittedAt), lt(assignments.id, cursor.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(responses.submittedAt), desc(assignments.id))
    .limit(PAGE_SIZE + 1);
  const page = rows.slice(0, PAGE_SIZE);
  const items = page.map(({ submittedAt, ...row }) => {
    // The responses_submitted_has_time check makes this unreachable.
    if (!submittedAt) throw new Error('a submitted answer without a submission time');
    return { ...toPortalItem(row, people), submittedAt };
  });
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > PAGE_SIZE && last ? { submittedAt: last.submittedAt, id: last.id } : null,
  };
}
