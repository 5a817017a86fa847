// Everything a counselor sees of a couple's measures: the schedule, each measure's answers as one
// line per partner over the occasions they answered (never averaged together), the latest item
// answers, and the alerts the scores raise. Reading answers is audited.
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { counselingSessions, measureResponses, measureSchedules } from '@/db/schema';
import type { Actor } from '../actor';
import { recordAudit } from '../audit/record-audit';
import { findVisibleCouple } from '../homework/visible-couple';
import { MEASURE_SLUGS } from './catalogue';
import { measureAlertsOf, occasionOf } from './couple-alerts';
import type { MeasureAlert, ScoredAnswer } from './measure-alerts';
import type { MeasureSlug } from './measure-definition';
import { getMeasureThresholds } from './measure-thresholds';
import { openMeasureAnswers } from './sealed-measure';

export const ZCoupleMeasuresInput = z.object({ coupleId: z.uuid() });

type Occasion = { key: string; at: Date; sessionId: string | null; scores: Record<string, number | null> };

/** The two partners' answers paired by occasion: the session they belong to, or the day they were sent. */
function occasionsOf(answers: readonly (ScoredAnswer & { sessionAt: Date | null })[], partnerIds: string[]) {
  const byKey = new Map<string, Occasion>();
  for (const answer of answers) {
    const occasion = byKey.get(answer.occasion) ?? {
      key: answer.occasion,
      at: answer.sessionAt ?? answer.at,
      sessionId: answer.sessionAt ? answer.occasion : null,
      scores: Object.fromEntries(partnerIds.map((id) => [id, null])),
    };
    occasion.scores[answer.partnerId] = answer.score;
    byKey.set(answer.occasion, occasion);
  }
  return [...byKey.values()].sort((a, b) => a.at.getTime() - b.at.getTime());
}

export async function getCoupleMeasures(tx: Tx, actor: Actor, input: z.infer<typeof ZCoupleMeasuresInput>) {
  const couple = await findVisibleCouple(tx, actor, input.coupleId);
  const people = couple.partners.map((partner) => ({ id: partner.id, name: partner.displayName }));
  const [thresholds, schedules, rows] = await Promise.all([
    getMeasureThresholds(tx, actor.practiceId),
    tx
      .select({
        measure: measureSchedules.measureSlug,
        timing: measureSchedules.timing,
        intervalWeeks: measureSchedules.intervalWeeks,
        hoursBefore: measureSchedules.hoursBefore,
      })
      .from(measureSchedules)
      .where(
        and(eq(measureSchedules.practiceId, actor.practiceId), eq(measureSchedules.coupleId, couple.id)),
      ),
    tx
      .select({
        id: measureResponses.id,
        partnerId: measureResponses.partnerId,
        measure: measureResponses.measureSlug,
        sessionId: measureResponses.sessionId,
        sessionAt: counselingSessions.startsAt,
        score: measureResponses.score,
        submittedAt: measureResponses.submittedAt,
        answersCiphertext: measureResponses.answersCiphertext,
      })
      .from(measureResponses)
      .leftJoin(
        counselingSessions,
        and(
          eq(counselingSessions.practiceId, measureResponses.practiceId),
          eq(counselingSessions.id, measureResponses.sessionId),
        ),
      )
      .where(and(eq(measureResponses.practiceId, actor.practiceId), eq(measureResponses.coupleId, couple.id)))
      .orderBy(asc(measureResponses.submittedAt), asc(measureResponses.id)),
  ]);
  if (rows.length > 0) {
    await recordAudit(tx, actor, {
      action: 'measures.viewed',
      targetType: 'couple',
      targetId: couple.id,
      metadata: { answers: rows.length },
    });
  }
  const partnerIds = people.map((person) => person.id);
  const shown = MEASURE_SLUGS.filter(
    (slug) => schedules.some((s) => s.measure === slug) || rows.some((row) => row.measure === slug),
  );
  const alerts: MeasureAlert[] = [];
  const measures = shown.map((slug: MeasureSlug) => {
    const own = rows.filter((row) => row.measure === slug);
    const scored = own.map((row) => ({
      partnerId: row.partnerId,
      occasion: occasionOf(row),
      at: row.submittedAt,
      sessionAt: row.sessionAt,
      score: row.score,
    }));
    // The same rules and thresholds as the caseload's stored alerts (refresh-measure-alerts).
    alerts.push(...measureAlertsOf(slug, scored, thresholds));
    const latestAnswers = partnerIds.flatMap((partnerId) => {
      const latest = own.filter((row) => row.partnerId === partnerId).at(-1);
      return latest
        ? [
            {
              partnerId,
              submittedAt: latest.submittedAt,
              answers: openMeasureAnswers(actor.practiceId, latest.id, latest.answersCiphertext),
            },
          ]
        : [];
    });
    return {
      measure: slug,
      schedule: schedules.find((s) => s.measure === slug) ?? null,
      occasions: occasionsOf(scored, partnerIds),
      latestAnswers,
    };
  });
  return { coupleId: couple.id, partners: people, measures, alerts };
}
