// A couple's homework that still counts (not cancelled), oldest due first, for the staff views that
// reason over it: progress, the pre-session digest and a session note's homework review. Each
// passes the window it needs in `when`.
import { and, asc, eq, isNull, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { assignments } from '@/db/schema';

export function findLiveCoupleAssignments(
  tx: Tx,
  scope: { practiceId: string; coupleId: string; when: SQL | undefined; limit: number },
) {
  return tx
    .select({
      id: assignments.id,
      title: assignments.title,
      behavior: assignments.behavior,
      kind: assignments.kind,
      content: assignments.content,
      partnerId: assignments.partnerId,
      dueOn: assignments.dueOn,
    })
    .from(assignments)
    .where(
      and(
        eq(assignments.practiceId, scope.practiceId),
        eq(assignments.coupleId, scope.coupleId),
        isNull(assignments.cancelledAt),
        scope.when,
      ),
    )
    .orderBy(asc(assignments.dueOn), asc(assignments.id))
    .limit(scope.limit);
}
