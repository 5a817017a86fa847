// Seats: the practice's active staff (owner, admin, counselor) never outnumber the seats it has.
// Every staff role counts: each one signs in to clinical records, and roles cannot tell an owner
// who counsels from one who does not. Clients never take a seat.
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { memberships } from '@/db/schema';
import { noSeatsError, readOnlyError } from './billing-error';
import { loadPracticeAccess } from './load-practice-access';
import type { PracticeAccess } from './practice-access';

const SEAT_ROLES = ['owner', 'admin', 'counselor'] as const;

/** First key of the transaction-scoped advisory lock that serialises seat-taking per practice. */
const SEAT_LOCK = 0x5ea7;

export async function countStaffSeatsUsed(tx: DbOrTx, practiceId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(memberships)
    .where(
      and(
        eq(memberships.practiceId, practiceId),
        eq(memberships.status, 'active'),
        inArray(memberships.role, [...SEAT_ROLES]),
      ),
    );
  return row?.n ?? 0;
}

/**
 * Refuses to add one more active staff member (an invitation, an acceptance, a reactivation) when
 * the practice is read-only or its seats are full. Holds a per-practice lock until the caller's
 * transaction ends, so two acceptances at once cannot both take the last seat: call it in the
 * transaction that then writes the membership.
 */
export async function assertStaffSeatFree(
  tx: DbOrTx,
  practiceId: string,
  now = new Date(),
): Promise<PracticeAccess> {
  await tx.execute(sql`select pg_advisory_xact_lock(${SEAT_LOCK}::int, hashtext(${practiceId}))`);
  const access = await loadPracticeAccess(tx, practiceId, now);
  if (access.level === 'read-only') throw readOnlyError('staff');
  if ((await countStaffSeatsUsed(tx, practiceId)) >= access.seats) throw noSeatsError(access.seats);
  return access;
}
