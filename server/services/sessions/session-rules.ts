// When a session may be booked: in the future, within two years, without double-booking the counselor.
import { and, eq, gt, lt, ne, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { counselingSessions } from '@/db/schema';
import { AppError } from '@/server/errors';

const BOOKING_HORIZON_MS = 2 * 366 * 24 * 3600_000;

export function checkBookableStart(startsAt: Date, now = new Date()): void {
  if (startsAt.getTime() <= now.getTime())
    throw new AppError('BAD_REQUEST', 'Choose a start time in the future.');
  if (startsAt.getTime() > now.getTime() + BOOKING_HORIZON_MS)
    throw new AppError('BAD_REQUEST', 'Choose a date within the next two years.');
}

/**
 * Refuses a slot that overlaps another scheduled session of the same counselor. Bookings for one
 * counselor wait for each other (a lock held until the transaction ends), so two made at the same
 * moment cannot both pass the check.
 */
export async function checkCounselorFree(
  tx: Tx,
  slot: {
    practiceId: string;
    counselorId: string;
    startsAt: Date;
    durationMinutes: number;
    exceptId?: string;
  },
): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${slot.counselorId}, 0))`);
  const endsAt = new Date(slot.startsAt.getTime() + slot.durationMinutes * 60_000);
  const [clash] = await tx
    .select({ id: counselingSessions.id })
    .from(counselingSessions)
    .where(
      and(
        eq(counselingSessions.practiceId, slot.practiceId),
        eq(counselingSessions.counselorId, slot.counselorId),
        eq(counselingSessions.status, 'scheduled'),
        lt(counselingSessions.startsAt, endsAt),
        gt(
          sql`${counselingSessions.startsAt} + make_interval(mins => ${counselingSessions.durationMinutes})`,
          sql`${slot.startsAt.toISOString()}::timestamptz`,
        ),
        ...(slot.exceptId ? [ne(counselingSessions.id, slot.exceptId)] : []),
      ),
    )
    .limit(1);
  if (clash) throw new AppError('CONFLICT', 'The counselor already has a session booked at that time.');
}
