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
import { measureAlertsOf, occasionOf } from './couple-alerts';
import type { MeasureAlert, ScoredAnswer } from './measure-alerts';
import type { MeasureDefinition } from './measure-definition';
import { measureDefinitions } from './measure-definitions';
import { isBuiltInSlug } from './measure-slug';
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
  const [definitions, thresholds, schedules, rows] = await Promise.all([
    measureDefinitions(tx, actor.practiceId),
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
  const all = [...definitions.values()];
  const shown = all.filter(
    (d) => schedules.some((s) => s.measure === d.slug) || rows.some((row) => row.measure === d.slug),
  );
  const alerts: MeasureAlert[] = [];
  const measures = shown.map((definition: MeasureDefinition) => {
    const slug = definition.slug;
    const own = rows.filter((row) => row.measure === slug);
    const scored = own.map((row) => ({
      partnerId: row.partnerId,
      occasion: occasionOf(row),
      at: row.submittedAt,
      sessionAt: row.sessionAt,
      score: row.score,
    }));
    // The same rules and thresholds as the caseload's stored alerts (refresh-measure-alerts).
    alerts.push(...measureAlertsOf(definition, scored, thresholds));
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
      definition,
      schedule: schedules.find((s) => s.measure === slug) ?? null,
      occasions: occasionsOf(scored, partnerIds),
      latestAnswers,
    };
  });
  // What the counselor may start asking: every measure not on the couple's page yet, bar retired ones.
  const addable = all
    .filter((d) => !d.retired && !shown.includes(d))
    .map((d) => ({ measure: d.slug, title: d.title, own: !isBuiltInSlug(d.slug) }));
  return { coupleId: couple.id, partners: people, measures, alerts, addable };
}
