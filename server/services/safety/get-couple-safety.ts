// The couple's safety picture for its counselor (or an owner or admin): settings, flags with their
// acknowledgements, and the partners' check-ins, opened. Reading the answers is audited, like a
// session note.
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { memberships, partners, safetyCheckIns, safetyFlags, users } from '@/db/schema';
import type { Actor } from '../actor';
import { recordAudit } from '../audit/record-audit';
import { concerningAnswers } from './check-in-questions';
import { loadSafetyCouple } from './safety-couple';
import { loadSafetySettings } from './safety-settings';
import { openCheckIn, openFlagNote } from './sealed-safety';

export const ZCoupleSafetyInput = z.object({ coupleId: z.uuid() });
type TCoupleSafetyInput = z.infer<typeof ZCoupleSafetyInput>;

/** The latest check-ins shown; older ones stay in the practice export. */
const CHECK_INS_SHOWN = 20;

async function holdPlacedByName(tx: Tx, actor: Actor, membershipId: string | null) {
  if (!membershipId) return null;
  const [row] = await tx
    .select({ name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.practiceId, actor.practiceId), eq(memberships.id, membershipId)));
  return row?.name ?? null;
}

/** Settings and the open flag count, for the couple page: nothing opened, nothing audited. */
export async function getCoupleSafetySummary(tx: Tx, actor: Actor, input: TCoupleSafetyInput) {
  const couple = await loadSafetyCouple(tx, actor, input.coupleId);
  const settings = await loadSafetySettings(tx, actor.practiceId, couple.id);
  const [open] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(safetyFlags)
    .where(
      and(
        eq(safetyFlags.practiceId, actor.practiceId),
        eq(safetyFlags.coupleId, couple.id),
        isNull(safetyFlags.acknowledgedAt),
      ),
    );
  return {
    coupleId: couple.id,
    checkInCadenceDays: settings.checkInCadenceDays,
    hold: settings.holdPlacedAt
      ? {
          placedAt: settings.holdPlacedAt,
          placedBy: await holdPlacedByName(tx, actor, settings.holdPlacedById),
        }
      : null,
    openFlags: open?.count ?? 0,
  };
}

export async function getCoupleSafety(tx: Tx, actor: Actor, input: TCoupleSafetyInput) {
  const summary = await getCoupleSafetySummary(tx, actor, input);
  const acknowledger = alias(users, 'acknowledger');
  const flags = await tx
    .select({
      id: safetyFlags.id,
      checkInId: safetyFlags.checkInId,
      measureResponseId: safetyFlags.measureResponseId,
      partnerName: partners.displayName,
      raisedAt: safetyFlags.raisedAt,
      acknowledgedAt: safetyFlags.acknowledgedAt,
      acknowledgedBy: acknowledger.name,
      noteCiphertext: safetyFlags.noteCiphertext,
    })
    .from(safetyFlags)
    .innerJoin(
      partners,
      and(eq(partners.practiceId, safetyFlags.practiceId), eq(partners.id, safetyFlags.partnerId)),
    )
    .leftJoin(
      memberships,
      and(
        eq(memberships.practiceId, safetyFlags.practiceId),
        eq(memberships.id, safetyFlags.acknowledgedById),
      ),
    )
    .leftJoin(acknowledger, eq(acknowledger.id, memberships.userId))
    .where(and(eq(safetyFlags.practiceId, actor.practiceId), eq(safetyFlags.coupleId, input.coupleId)))
    .orderBy(desc(safetyFlags.raisedAt))
    .limit(50);
  const checkIns = await tx
    .select({
      id: safetyCheckIns.id,
      partnerName: partners.displayName,
      submittedAt: safetyCheckIns.submittedAt,
      answersCiphertext: safetyCheckIns.answersCiphertext,
    })
    .from(safetyCheckIns)
    .innerJoin(
      partners,
      and(eq(partners.practiceId, safetyCheckIns.practiceId), eq(partners.id, safetyCheckIns.partnerId)),
    )
    .where(and(eq(safetyCheckIns.practiceId, actor.practiceId), eq(safetyCheckIns.coupleId, input.coupleId)))
    .orderBy(desc(safetyCheckIns.submittedAt))
    .limit(CHECK_INS_SHOWN);
  if (checkIns.length > 0) {
    await recordAudit(tx, actor, {
      action: 'safety.check-ins.viewed',
      targetType: 'couple',
      targetId: input.coupleId,
      metadata: { checkIns: checkIns.length },
    });
  }
  return {
    ...summary,
    flags: flags.map(({ noteCiphertext, measureResponseId, ...flag }) => ({
      ...flag,
      // A flag is raised by a check-in or by a questionnaire's safety item (PHQ-9 item 9).
      source: measureResponseId === null ? ('check-in' as const) : ('questionnaire' as const),
      note: noteCiphertext ? openFlagNote(actor.practiceId, flag.id, noteCiphertext) : null,
    })),
    checkIns: checkIns.map(({ answersCiphertext, ...row }) => {
      const opened = openCheckIn(actor.practiceId, row.id, answersCiphertext);
      return { ...row, answers: opened.answers, note: opened.note, concerns: concerningAnswers(opened) };
    }),
  };
}
