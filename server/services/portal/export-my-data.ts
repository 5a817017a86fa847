// A client's own data, as one JSON document: their answers (every visibility), the partner's
// answers they may read (shared with the couple, and for joint reveals only once both answered),
// their couple's homework and sessions (times and status, never the counselor's notes), their own
// questionnaire answers and their email preferences. Runs as the client under row-level security,
// and applies the portal's own answer rule on top, so nothing the portal would not show leaves.
// Audited with counts only.
import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import {
  assignments,
  counselingSessions,
  couples,
  notificationPreferences,
  practices,
  responses,
} from '@/db/schema';
import type { Actor } from '../actor';
import { recordAudit } from '../audit/record-audit';
import { canReadAnswer } from '../homework/answer-visibility';
import { getPortalPeople } from '../homework/portal/get-portal-people';
import { openAnswer } from '../homework/stored-answer';
import { findMyMeasureAnswers } from '../measures/find-my-measure-answers';

const authorOf = (partnerId: string | null, me: string) =>
  partnerId === null ? ('together' as const) : partnerId === me ? ('me' as const) : ('partner' as const);

export async function exportMyData(tx: Tx, actor: Actor, now = new Date()) {
  const people = await getPortalPeople(tx, actor);
  const me = people.me.partnerId;
  const [couple] = await tx
    .select({ id: couples.id, status: couples.status, practiceName: practices.name })
    .from(couples)
    .innerJoin(practices, eq(practices.id, couples.practiceId))
    .where(and(eq(couples.practiceId, actor.practiceId), eq(couples.id, people.coupleId)));
  const homework = await tx
    .select({
      id: assignments.id,
      partnerId: assignments.partnerId,
      title: assignments.title,
      behavior: assignments.behavior,
      kind: assignments.kind,
      content: assignments.content,
      note: assignments.note,
      dueOn: assignments.dueOn,
      cancelledAt: assignments.cancelledAt,
      reviewedAt: assignments.reviewedAt,
      reviewComment: assignments.reviewComment,
      createdAt: assignments.createdAt,
    })
    .from(assignments)
    .where(
      and(
        eq(assignments.practiceId, actor.practiceId),
        eq(assignments.coupleId, people.coupleId),
        or(isNull(assignments.partnerId), eq(assignments.partnerId, me)),
      ),
    )
    .orderBy(asc(assignments.createdAt));
  const stored = homework.length
    ? await tx
        .select()
        .from(responses)
        .where(
          and(
            eq(responses.practiceId, actor.practiceId),
            eq(responses.coupleId, people.coupleId),
            inArray(
              responses.assignmentId,
              homework.map((h) => h.id),
            ),
          ),
        )
        .orderBy(asc(responses.createdAt))
    : [];
  const answers = stored.flatMap((row) => {
    const assignment = homework.find((h) => h.id === row.assignmentId);
    if (!assignment) return [];
    const expected = assignment.partnerId
      ? [assignment.partnerId]
      : [me, people.partner?.partnerId].filter((id): id is string => Boolean(id));
    const mine = stored.filter((r) => r.assignmentId === row.assignmentId);
    const everyoneSubmitted =
      mine.some((r) => r.partnerId === null && r.status === 'submitted') ||
      expected.every((id) => mine.some((r) => r.partnerId === id && r.status === 'submitted'));
    const readable = canReadAnswer(
      { kind: 'partner', partnerId: me },
      {
        authorPartnerId: row.partnerId,
        submitted: row.status === 'submitted',
        visibility: row.visibility,
        exerciseKind: assignment.kind,
        everyoneSubmitted,
      },
    );
    if (!readable) return [];
    return [
      {
        assignmentId: row.assignmentId,
        author: authorOf(row.partnerId, me),
        status: row.status,
        visibility: row.visibility,
        submittedAt: row.submittedAt,
        updatedAt: row.updatedAt,
        body: openAnswer(actor.practiceId, row.id, row.bodyCiphertext),
      },
    ];
  });
  const sessions = await tx
    .select({
      id: counselingSessions.id,
      startsAt: counselingSessions.startsAt,
      durationMinutes: counselingSessions.durationMinutes,
      format: counselingSessions.format,
      location: counselingSessions.location,
      status: counselingSessions.status,
    })
    .from(counselingSessions)
    .where(
      and(
        eq(counselingSessions.practiceId, actor.practiceId),
        eq(counselingSessions.coupleId, people.coupleId),
      ),
    )
    .orderBy(asc(counselingSessions.startsAt));
  const [preferences] = await tx
    .select({
      timeZone: notificationPreferences.timeZone,
      quietHoursStart: notificationPreferences.quietHoursStart,
      quietHoursEnd: notificationPreferences.quietHoursEnd,
      homeworkNudges: notificationPreferences.homeworkNudges,
      sessionReminders: notificationPreferences.sessionReminders,
      dailyDigest: notificationPreferences.dailyDigest,
      digestHour: notificationPreferences.digestHour,
      discreetEmail: notificationPreferences.discreetEmail,
      updatedAt: notificationPreferences.updatedAt,
    })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, actor.userId));
  const questionnaires = await findMyMeasureAnswers(tx, actor, me);
  await recordAudit(tx, actor, {
    action: 'portal.data_exported',
    targetType: 'partner',
    targetId: me,
    metadata: { answers: answers.length, homework: homework.length, sessions: sessions.length },
  });
  return {
    format: 'ninefold-client-export' as const,
    formatVersion: 1 as const,
    generatedAt: now.toISOString(),
    practice: couple?.practiceName ?? '',
    couple: { id: people.coupleId, status: couple?.status ?? null },
    me: { partnerId: me, displayName: people.me.displayName },
    partner: people.partner && { displayName: people.partner.displayName },
    homework,
    answers,
    sessions,
    questionnaires,
    emailPreferences: preferences ?? null,
  };
}
