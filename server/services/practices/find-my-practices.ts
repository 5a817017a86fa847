// The practices a signed-in user belongs to, for the switcher. Runs under RLS with no practice
// selected: the policies show a user their own memberships and those practices' names only.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { memberships, practices } from '@/db/schema';
import { withTenant } from '@/db/tenant';

export function findMyPractices(db: Db, userId: string) {
  return withTenant(db, { practiceId: '', userId }, (tx) =>
    tx
      .select({ practiceId: practices.id, name: practices.name, role: memberships.role })
      .from(memberships)
      .innerJoin(practices, eq(practices.id, memberships.practiceId))
      .where(and(eq(memberships.userId, userId), eq(memberships.status, 'active')))
      .orderBy(asc(practices.name)),
  );
}
