import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { memberships } from '../../../db/schema';

export async function findActiveMembership(db: DbOrTx, practiceId: string, userId: string) {
  const [row] = await db
    .select({ id: memberships.id, role: memberships.role })
    .from(memberships)
    .where(
      and(
        eq(memberships.practiceId, practiceId),
        eq(memberships.userId, userId),
        eq(memberships.status, 'active'),
      ),
    );
  return row;
}
