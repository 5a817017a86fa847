// A partner's own questionnaire answers, decrypted, for their own data export. Only their rows:
// the query asks for them, and row-level security would refuse the partner's anyway.
import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { measureResponses } from '@/db/schema';
import type { Actor } from '../actor';
import type { MeasureSlug } from './measure-definition';
import { measureDefinitions } from './measure-definitions';
import { openMeasureAnswers } from './sealed-measure';

export async function findMyMeasureAnswers(tx: Tx, actor: Actor, partnerId: string) {
  const rows = await tx
    .select()
    .from(measureResponses)
    .where(and(eq(measureResponses.practiceId, actor.practiceId), eq(measureResponses.partnerId, partnerId)))
    .orderBy(asc(measureResponses.submittedAt));
  const definitions = await measureDefinitions(tx, actor.practiceId);
  return rows.map((row) => ({
    measure: row.measureSlug as MeasureSlug,
    title: definitions.get(row.measureSlug as MeasureSlug)?.title ?? row.measureSlug,
    sessionId: row.sessionId,
    submittedAt: row.submittedAt,
    score: row.score,
    answers: openMeasureAnswers(actor.practiceId, row.id, row.answersCiphertext),
  }));
}
