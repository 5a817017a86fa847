// A counselor's view of one couple's homework: each assignment, where each partner is with it,
// and the answers they chose to share once submitted.
import { and, desc, eq, lt, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { assignments } from '@/db/schema';
import type { Actor } from '../actor';
import { slotsFor } from './answer-slots';
import { loadStaffProgress } from './load-staff-progress';
import { findVisibleCouple } from './visible-couple';

const PAGE_SIZE = 50;

export const ZFindCoupleHomeworkInput = z.object({
  coupleId: z.uuid(),
  cursor: z.object({ dueOn: z.iso.date(), id: z.uuid() }).optional(),
});
type TFindCoupleHomeworkInput = z.infer<typeof ZFindCoupleHomeworkInput>;

export async function findCoupleHomework(tx: Tx, actor: Actor, input: TFindCoupleHomeworkInput) {
  const couple = await findVisibleCouple(tx, actor, input.coupleId);
  const { cursor } = input;
  const rows = await tx
    .select()
    .from(assignments)
    .where(
      and(
        eq(assignments.practiceId, actor.practiceId),
        eq(assignments.coupleId, couple.id),
        cursor
          ? or(
              lt(assignments.dueOn, cursor.dueOn),
              and(eq(assignments.dueOn, cursor.dueOn), lt(assignments.id, cursor.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(assignments.dueOn), desc(assignments.id))
    .limit(PAGE_SIZE + 1);
  const page = rows.slice(0, PAGE_SIZE);
  const stored = await loadStaffProgress(
    tx,
    actor.practiceId,
    page.map((a) => a.id),
  );
  const partnerIds = couple.partners.map((p) => p.id);
  const items = page.map((a) => {
    const responses = stored.get(a.id) ?? [];
    return {
      id: a.id,
      title: a.title,
      behavior: a.behavior,
      kind: a.kind,
      content: a.content,
      partnerId: a.partnerId,
      dueOn: a.dueOn,
      note: a.note,
      createdAt: a.createdAt,
      cancelledAt: a.cancelledAt,
      reviewedAt: a.reviewedAt,
      reviewComment: a.reviewComment,
      canChange: !a.cancelledAt && responses.length === 0,
      slots: slotsFor(a, partnerIds, responses, { kind: 'staff' }),
    };
  });
  const last = page.at(-1);
  return {
    partners: couple.partners,
    items,
    nextCursor: rows.length > PAGE_SIZE && last ? { dueOn: last.dueOn, id: last.id } : null,
  };
}
