// A partner sends their answers to a measure that is due. The answers are sealed; the score is
// kept beside them; a raised safety item (PHQ-9 item 9) raises a safety flag for the counselor in
// the same transaction. Nothing is mailed about it. An answer for a session whose window closed
// while the form was open is still kept (late-occasion.ts); a second answer for the same occasion
// (a double submit, a second tab) is not stored. The couple's caseload alerts are recomputed with it.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { measureResponses, safetyFlags } from '@/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { loadMyPartner } from '../safety/portal-safety';
import { ZMeasureSlug } from './catalogue';
import { dueMeasuresOf } from './find-due-measures';
import { lateSessionOccasion } from './late-occasion';
import { getMeasureDefinition } from './measure-definitions';
import { IncompleteAnswers, safetyItemRaised, scoreAnswers } from './measure-scoring';
import { refreshMeasureAlerts } from './refresh-measure-alerts';
import { sealMeasureAnswers } from './sealed-measure';

export const ZSubmitMeasureInput = z.object({
  measure: ZMeasureSlug,
  /** The occasion the form was opened for: its session, or null. */
  sessionId: z.uuid().nullable(),
  /** One value per item, in the measure's item order. */
  answers: z.array(z.number().int().min(0).max(10)).max(40),
});
export type TSubmitMeasureInput = z.infer<typeof ZSubmitMeasureInput>;

export async function submitMeasure(tx: Tx, actor: Actor, input: TSubmitMeasureInput) {
  const measure = await getMeasureDefinition(tx, actor.practiceId, input.measure);
  const answers = Object.fromEntries(measure.items.map((item, i) => [item.id, input.answers[i] ?? -1]));
  let score: number;
  try {
    if (input.answers.length !== measure.items.length) throw new IncompleteAnswers('answer count');
    score = scoreAnswers(measure, answers);
  } catch (error) {
    if (error instanceof IncompleteAnswers)
      throw new AppError('BAD_REQUEST', 'Answer every question before sending.');
    throw error;
  }
  const mine = await loadMyPartner(tx, actor);
  // Serialises two submits of the same partner; the client may not lock rows it cannot update.
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`measure:${mine.partnerId}:${measure.slug}`}))`,
  );
  const due =
    (await dueMeasuresOf(tx, actor.practiceId, mine)).find(
      (occasion) => occasion.measure === measure.slug && occasion.sessionId === input.sessionId,
    ) ??
    (input.sessionId
      ? await lateSessionOccasion(
          tx,
          { practiceId: actor.practiceId, ...mine },
          measure.slug,
          input.sessionId,
        )
      : null);
  if (!due) return { recorded: false };
  const id = randomUUID();
  await tx.insert(measureResponses).values({
    practiceId: actor.practiceId,
    id,
    coupleId: mine.coupleId,
    partnerId: mine.partnerId,
    measureSlug: measure.slug,
    sessionId: due.sessionId,
    answersCiphertext: sealMeasureAnswers(actor.practiceId, id, answers),
    score,
  });
  if (safetyItemRaised(measure, answers)) {
    // No RETURNING: the partner raises the flag but may not read it back.
    await tx.insert(safetyFlags).values({
      practiceId: actor.practiceId,
      coupleId: mine.coupleId,
      partnerId: mine.partnerId,
      measureResponseId: id,
    });
  }
  // The caseload's alerts for this couple, in the same transaction as the answer that moves them.
  await refreshMeasureAlerts(tx, actor.practiceId, [mine.coupleId]);
  return { recorded: true };
}
