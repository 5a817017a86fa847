// What closing a couple's file would change, for the confirmation dialog: the upcoming sessions
// it cancels (the first few, and how many in all).
import { asc, count } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { counselingSessions } from '@/db/schema';
import type { Actor } from '@/server/services/actor';
import { findVisibleCouple } from '@/server/services/homework/visible-couple';
import { upcomingSessionsOf } from './upcoming-sessions';

const LISTED = 10;

export const ZClosingPreviewInput = z.object({ coupleId: z.uuid() });

export async function getClosingPreview(tx: Tx, actor: Actor, input: z.infer<typeof ZClosingPreviewInput>) {
  const couple = await findVisibleCouple(tx, actor, input.coupleId);
  const upcoming = upcomingSessionsOf(actor.practiceId, couple.id, new Date());
  const [listed, [total]] = await Promise.all([
    tx
      .select({ id: counselingSessions.id, startsAt: counselingSessions.startsAt })
      .from(counselingSessions)
      .where(upcoming)
      .orderBy(asc(counselingSessions.startsAt), asc(counselingSessions.id))
      .limit(LISTED),
    tx.select({ n: count() }).from(counselingSessions).where(upcoming),
  ]);
  return { upcomingSessions: listed, upcomingSessionCount: total?.n ?? 0 };
}
