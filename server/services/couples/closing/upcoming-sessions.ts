// The couple's sessions still to come: what closing its file cancels, listed before it does.
import { and, eq, gt } from 'drizzle-orm';
import { counselingSessions } from '@/db/schema';

export const upcomingSessionsOf = (practiceId: string, coupleId: string, now: Date) =>
  and(
    eq(counselingSessions.practiceId, practiceId),
    eq(counselingSessions.coupleId, coupleId),
    eq(counselingSessions.status, 'scheduled'),
    gt(counselingSessions.startsAt, now),
  );
