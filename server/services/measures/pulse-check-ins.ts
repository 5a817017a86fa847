// The nine-behavior pulse read as check-ins: one partner's self and partner ratings per behavior,
// dated on the practice's calendar. The progress charts, the digest and a note's homework review
// take these beside the check-ins assigned as homework, so ratings have one series wherever they
// came from. Reading answers as staff is audited.
import { and, eq, gte } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { type Behavior, behavior, measureResponses } from '@/db/schema';
import type { Actor } from '../actor';
import { recordAudit } from '../audit/record-audit';
import type { CheckInAnswer } from '../homework/progress/weekly-averages';
import { practiceTimeZone } from '../practices/practice-time-zone';
import { calendarDateIn } from '../practices/time-zone';
import { pulseItemId } from './catalogue/nine-behavior-pulse';
import type { MeasureAnswers } from './measure-scoring';
import { openMeasureAnswers } from './sealed-measure';

const DAY_MS = 24 * 3600_000;

/** A sent pulse as a check-in of all nine behaviors; a behavior missing either rating is left out. */
export function pulseAsCheckIn(partnerId: string, on: string, answers: MeasureAnswers): CheckInAnswer {
  return {
    authorPartnerId: partnerId,
    on,
    ratings: behavior.enumValues.flatMap((b: Behavior) => {
      const self = answers[pulseItemId(b, 'self')];
      const partner = answers[pulseItemId(b, 'partner')];
      return self === undefined || partner === undefined ? [] : [{ behavior: b, self, partner }];
    }),
  };
}

type PulseWindow = {
  coupleId: string;
  /** First and last calendar dates (practice clock, inclusive) the check-ins count for. */
  from: string;
  upTo?: string;
  /** Only this partner's answers: what a partner's own views use. */
  partnerId?: string;
};

export async function loadPulseCheckIns(tx: Tx, actor: Actor, window: PulseWindow): Promise<CheckInAnswer[]> {
  const timeZone = await practiceTimeZone(tx, actor.practiceId);
  // A day's margin either side of the window's dates covers every time zone; the dates decide.
  const rows = await tx
    .select({
      id: measureResponses.id,
      partnerId: measureResponses.partnerId,
      submittedAt: measureResponses.submittedAt,
      answersCiphertext: measureResponses.answersCiphertext,
    })
    .from(measureResponses)
    .where(
      and(
        eq(measureResponses.practiceId, actor.practiceId),
        eq(measureResponses.coupleId, window.coupleId),
        eq(measureResponses.measureSlug, 'nine-behavior-pulse'),
        gte(measureResponses.submittedAt, new Date(Date.parse(`${window.from}T00:00:00Z`) - DAY_MS)),
        window.partnerId ? eq(measureResponses.partnerId, window.partnerId) : undefined,
      ),
    );
  const inWindow = rows
    .map((row) => ({ ...row, on: calendarDateIn(row.submittedAt, timeZone) }))
    .filter((row) => row.on >= window.from && (window.upTo === undefined || row.on <= window.upTo));
  if (inWindow.length > 0 && actor.role !== 'client') {
    await recordAudit(tx, actor, {
      action: 'measures.viewed',
      targetType: 'couple',
      targetId: window.coupleId,
      metadata: { answers: inWindow.length, measure: 'nine-behavior-pulse' },
    });
  }
  return inWindow.map((row) =>
    pulseAsCheckIn(
      row.partnerId,
      row.on,
      openMeasureAnswers(actor.practiceId, row.id, row.answersCiphertext),
    ),
  );
}
