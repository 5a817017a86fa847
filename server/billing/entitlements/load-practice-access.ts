// The practice's access level, read in the caller's transaction with one query: the practice's
// start (for the trial) and its subscription row, if any. RLS lets every member of the practice
// read both, so the tenant transaction of any role can call it.
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { practiceSubscriptions, practices } from '@/db/schema';
import { type PracticeAccess, practiceAccessOf } from './practice-access';

export async function loadPracticeAccess(
  tx: DbOrTx,
  practiceId: string,
  now = new Date(),
): Promise<PracticeAccess> {
  const [row] = await tx
    .select({
      practiceCreatedAt: practices.createdAt,
      status: practiceSubscriptions.status,
      plan: practiceSubscriptions.plan,
      seats: practiceSubscriptions.seats,
      pastDueSince: practiceSubscriptions.pastDueSince,
      updatedAt: practiceSubscriptions.updatedAt,
    })
    .from(practices)
    .leftJoin(practiceSubscriptions, eq(practiceSubscriptions.practiceId, practices.id))
    .where(eq(practices.id, practiceId));
  // The ladder only calls this for a practice the caller is a member of, so the row exists.
  if (!row) throw new Error(`practice ${practiceId} not found for its access level`);
  const { practiceCreatedAt, status, plan, seats, pastDueSince, updatedAt } = row;
  const subscription =
    status && seats !== null && updatedAt ? { status, plan, seats, pastDueSince, updatedAt } : null;
  return practiceAccessOf({ practiceCreatedAt, subscription }, now);
}
