import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { memberships, practices } from '@/db/schema';

export async function findActiveMembership(db: DbOrTx, practiceId: string, userId: string) {
  const [row] = await db
    .select({ id: memberships.id, role: memberships.role, requireTwoFactor: practices.requireTwoFactor })
    .from(memberships)
    .innerJoin(practices, eq(practices.id, memberships.practiceId))
    .where(
      and(
        eq(memberships.practiceId, practiceId),
        eq(memberships.userId, userId),
        eq(memberships.status, 'active'),
      ),
    );
  return row;
}
