// "This week" in the portal: the signed-in partner's open homework, and what was reviewed lately
// (so the counselor's comment stays in view for a while), soonest due first.
import { and, asc, gt, isNull, or } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { assignments } from '@/db/schema';
import type { Actor } from '@/server/services/actor';
import { getPortalPeople } from './get-portal-people';
import { myAssignmentColumns, myAssignmentsFilter } from './my-assignments';
import { toPortalItem } from './portal-homework-item';

const LIMIT = 50;
const REVIEWED_SHOWN_MS = 14 * 24 * 3600_000;

export async function findWeekHomework(tx: Tx, actor: Actor) {
  const people = await getPortalPeople(tx, actor);
  const reviewedSince = new Date(Date.now() - REVIEWED_SHOWN_MS);
  const rows = await tx
    .select(myAssignmentColumns(people))
    .from(assignments)
    .where(
      and(
        myAssignmentsFilter(actor, people),
        or(isNull(assignments.reviewedAt), gt(assignments.reviewedAt, reviewedSince)),
      ),
    )
    .orderBy(asc(assignments.dueOn), asc(assignments.id))
    .limit(LIMIT);
  return { items: rows.map((row) => toPortalItem(row, people)) };
}
