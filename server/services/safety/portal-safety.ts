// What the portal needs to know about safety for the signed-in partner: whether their own private
// check-in is due, and whether shared work is paused. Both depend only on the partner's own rows
// and on what the counselor set for the couple, never on the other partner's check-ins, so the
// other partner's portal looks the same whatever this partner answered.
import { and, desc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { partners, safetyCheckIns } from '@/db/schema';
import { notFound } from '@/server/errors';
import type { Actor } from '../actor';
import { loadSafetySettings } from './safety-settings';

const DAY_MS = 24 * 3600_000;

export async function loadMyPartner(tx: Tx, actor: Actor) {
  const [mine] = await tx
    .select({ coupleId: partners.coupleId, partnerId: partners.id })
    .from(partners)
    .where(and(eq(partners.practiceId, actor.practiceId), eq(partners.userId, actor.userId)));
  if (!mine) throw notFound('Couple');
  return mine;
}

export function checkInDue(lastAt: Date | null, cadenceDays: number, now: Date): boolean {
  if (lastAt === null) return true;
  return cadenceDays > 0 && now.getTime() - lastAt.getTime() >= cadenceDays * DAY_MS;
}

export async function getPortalSafety(tx: Tx, actor: Actor, now = new Date()) {
  const mine = await loadMyPartner(tx, actor);
  const settings = await loadSafetySettings(tx, actor.practiceId, mine.coupleId);
  const [last] = await tx
    .select({ submittedAt: safetyCheckIns.submittedAt })
    .from(safetyCheckIns)
    .where(and(eq(safetyCheckIns.practiceId, actor.practiceId), eq(safetyCheckIns.partnerId, mine.partnerId)))
    .orderBy(desc(safetyCheckIns.submittedAt))
    .limit(1);
  return {
    checkInDue: checkInDue(last?.submittedAt ?? null, settings.checkInCadenceDays, now),
    sharedWorkPaused: settings.holdPlacedAt !== null,
  };
}
