// The measures the signed-in partner is asked now. Depends only on the counselor's schedule, the
// couple's sessions and this partner's own answers: never on what the other partner answered, so
// the other partner's portal is the same either way.
import { and, eq, gte } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { counselingSessions, couples, measureResponses, measureSchedules } from '@/db/schema';
import type { Actor } from '../actor';
import { loadMyPartner } from '../safety/portal-safety';
import { AFTER_SESSION_WINDOW_MS, type DueOccasion, dueOccasion } from './due-occasion';
import type { MeasureSlug } from './measure-definition';
import { measureDefinitions } from './measure-definitions';

export type DueMeasure = DueOccasion & { measure: MeasureSlug; title: string; questions: number };

export async function findDueMeasures(tx: Tx, actor: Actor, now = new Date()): Promise<DueMeasure[]> {
  return dueMeasuresOf(tx, actor.practiceId, await loadMyPartner(tx, actor), now);
}

/** The same, for a partner already looked up (a submit re-checks what is due under its lock). */
export async function dueMeasuresOf(
  tx: Tx,
  practiceId: string,
  mine: { coupleId: string; partnerId: string },
  now = new Date(),
): Promise<DueMeasure[]> {
  const [couple] = await tx
    .select({ status: couples.status, closedAt: couples.closedAt })
    .from(couples)
    .where(and(eq(couples.practiceId, practiceId), eq(couples.id, mine.coupleId)));
  if (!couple) return [];
  const schedules = await tx
    .select()
    .from(measureSchedules)
    .where(and(eq(measureSchedules.practiceId, practiceId), eq(measureSchedules.coupleId, mine.coupleId)));
  if (schedules.length === 0) return [];
  const [definitions, sessions, answers] = await Promise.all([
    measureDefinitions(tx, practiceId),
    tx
      .select({
        id: counselingSessions.id,
        startsAt: counselingSessions.startsAt,
        durationMinutes: counselingSessions.durationMinutes,
        status: counselingSessions.status,
      })
      .from(counselingSessions)
      .where(
        and(
          eq(counselingSessions.practiceId, practiceId),
          eq(counselingSessions.coupleId, mine.coupleId),
          gte(counselingSessions.startsAt, new Date(now.getTime() - AFTER_SESSION_WINDOW_MS - 24 * 3600_000)),
        ),
      ),
    tx
      .select({
        measure: measureResponses.measureSlug,
        sessionId: measureResponses.sessionId,
        submittedAt: measureResponses.submittedAt,
      })
      .from(measureResponses)
      .where(
        and(eq(measureResponses.practiceId, practiceId), eq(measureResponses.partnerId, mine.partnerId)),
      ),
  ]);
  const due: DueMeasure[] = [];
  for (const schedule of schedules) {
    const measure = definitions.get(schedule.measureSlug as MeasureSlug);
    if (!measure) continue;
    const own = answers.filter((answer) => answer.measure === measure.slug);
    const occasion = dueOccasion(schedule, couple, sessions, own, now);
    if (occasion)
      due.push({
        ...occasion,
        measure: measure.slug,
        title: measure.clientTitle,
        questions: measure.items.length,
      });
  }
  // The catalogue's order (how the person is, then how the sessions are going, then the couple),
  // then the practice's own measures as they were added.
  const order = [...definitions.keys()];
  return due.sort((a, b) => order.indexOf(a.measure) - order.indexOf(b.measure));
}
