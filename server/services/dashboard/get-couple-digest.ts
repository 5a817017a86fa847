// "Before the session": what each partner sent since the last session (titles and times, never
// answer text), how their check-in ratings moved, the largest perception gap, and whether the
// couple has gone quiet. A fixed number of statements, whatever the couple's history.
import { and, desc, eq, gte, inArray, lte, ne, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { assignments, counselingSessions, couples } from '@/db/schema';
import type { Actor } from '../actor';
import { slotsFor } from '../homework/answer-slots';
import { findLiveCoupleAssignments } from '../homework/live-couple-assignments';
import { loadResponses } from '../homework/load-responses';
import {
  checkInsOf,
  DEFAULT_PROGRESS_WEEKS,
  PROGRESS_ASSIGNMENT_LIMIT,
  progressStart,
} from '../homework/progress/progress-inputs';
import { weeklyAverages } from '../homework/progress/weekly-averages';
import { findVisibleCouple } from '../homework/visible-couple';
import { loadPulseCheckIns } from '../measures/pulse-check-ins';
import { QUIET_AFTER_DAYS } from './caseload-dashboard-sql';
import { checkInChanges, isQuiet, largestPerceptionGap } from './digest-figures';
import { runPrepared } from './run-prepared';

export const ZCoupleDigestInput = z.object({ coupleId: z.uuid() });
type TCoupleDigestInput = z.infer<typeof ZCoupleDigestInput>;

type Activity = { assignmentId: string; partnerId: string | null; submittedAt: Date | null; updatedAt: Date };

export async function getCoupleDigest(tx: Tx, actor: Actor, input: TCoupleDigestInput) {
  const now = new Date();
  const couple = await findVisibleCouple(tx, actor, input.coupleId);
  const [timeline] = await tx
    .select({ createdAt: couples.createdAt, lastSessionAt: counselingSessions.startsAt })
    .from(couples)
    .leftJoin(
      counselingSessions,
      and(
        eq(counselingSessions.practiceId, couples.practiceId),
        eq(counselingSessions.coupleId, couples.id),
        ne(counselingSessions.status, 'cancelled'),
        lte(counselingSessions.startsAt, now),
      ),
    )
    .where(and(eq(couples.practiceId, actor.practiceId), eq(couples.id, couple.id)))
    .orderBy(desc(counselingSessions.startsAt))
    .limit(1);
  const lastSessionAt = timeline?.lastSessionAt ?? null;

  // Times of every answer, drafts and private ones included, as staff may see them (never text).
  const activity: Activity[] = (
    await runPrepared(
      tx,
      'dashboard_digest_activity',
      sql`select assignment_id, partner_id,
        (extract(epoch from submitted_at) * 1000)::float8, (extract(epoch from updated_at) * 1000)::float8
        from app_staff_response_activity(array[${couple.id}]::uuid[])`,
    )
  ).map(([assignmentId, partnerId, submittedAt, updatedAt]) => ({
    assignmentId: assignmentId as string,
    partnerId: partnerId as string | null,
    submittedAt: submittedAt === null ? null : new Date(submittedAt as number),
    updatedAt: new Date(updatedAt as number),
  }));
  const sentSince = activity.filter(
    (a) => a.submittedAt !== null && (lastSessionAt === null || a.submittedAt > lastSessionAt),
  );

  const from = progressStart(DEFAULT_PROGRESS_WEEKS, now);
  const sentIds = [...new Set(sentSince.map((a) => a.assignmentId))];
  const rows = await findLiveCoupleAssignments(tx, {
    practiceId: actor.practiceId,
    coupleId: couple.id,
    when:
      sentIds.length > 0
        ? or(gte(assignments.dueOn, from), inArray(assignments.id, sentIds))
        : gte(assignments.dueOn, from),
    limit: PROGRESS_ASSIGNMENT_LIMIT,
  });
  const byId = new Map(rows.map((a) => [a.id, a]));

  const checkInAssignments = rows.filter((a) => a.dueOn >= from && a.kind === 'check-in-scale');
  const readable = await loadResponses(
    tx,
    actor.practiceId,
    checkInAssignments.map((a) => a.id),
  );
  const partnerIds = couple.partners.map((p) => p.id);
  const checkIns = [
    ...checkInAssignments.flatMap((a) =>
      checkInsOf(a.dueOn, slotsFor(a, partnerIds, readable.get(a.id) ?? [], { kind: 'staff' })),
    ),
    ...(await loadPulseCheckIns(tx, actor, { coupleId: couple.id, from })),
  ];
  const progress = weeklyAverages(checkIns);

  const sentBy = (partnerId: string | null) =>
    sentSince
      .filter((a) => a.partnerId === partnerId)
      .flatMap((a) => {
        const assignment = byId.get(a.assignmentId);
        return assignment && a.submittedAt
          ? [
              {
                assignmentId: assignment.id,
                title: assignment.title,
                behavior: assignment.behavior,
                kind: assignment.kind,
                submittedAt: a.submittedAt,
              },
            ]
          : [];
      })
      .sort((x, y) => x.submittedAt.getTime() - y.submittedAt.getTime());

  const lastActivityAt = activity.reduce<Date | null>(
    (latest, a) => (latest === null || a.updatedAt > latest ? a.updatedAt : latest),
    null,
  );
  return {
    coupleId: couple.id,
    lastSessionAt,
    lastActivityAt,
    quiet: isQuiet(
      { status: couple.status, createdAt: timeline?.createdAt ?? now },
      lastActivityAt,
      now,
      QUIET_AFTER_DAYS,
    ),
    partners: couple.partners.map((p) => ({
      partnerId: p.id,
      name: p.displayName,
      sent: sentBy(p.id),
      checkInChanges: checkInChanges(checkIns, p.id),
    })),
    sentTogether: sentBy(null),
    largestGap: largestPerceptionGap(progress),
  };
}
