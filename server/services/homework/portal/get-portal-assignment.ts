// One piece of homework as the signed-in partner sees it: the exercise as assigned, their own
// answer, and their partner's progress (and answer, only when they may read it).
import { z } from 'zod';
import type { Tx } from '@/db/client';
import type { Actor } from '@/server/services/actor';
import { loadResponses } from '../load-responses';
import { getPortalPeople } from './get-portal-people';
import { findMyAssignment } from './my-assignments';
import { portalSlots } from './portal-slots';
import { chooseVisibility, loadDefaultVisibility } from './visibility-choice';

export const ZPortalAssignmentInput = z.object({ assignmentId: z.uuid() });
type TPortalAssignmentInput = z.infer<typeof ZPortalAssignmentInput>;

export async function getPortalAssignment(tx: Tx, actor: Actor, input: TPortalAssignmentInput) {
  const people = await getPortalPeople(tx, actor);
  const a = await findMyAssignment(tx, actor, people, input.assignmentId);
  const stored = await loadResponses(tx, actor.practiceId, [a.id]);
  const { mine, theirs } = portalSlots(a, people, stored.get(a.id) ?? []);
  return {
    assignment: {
      id: a.id,
      title: a.title,
      behavior: a.behavior,
      kind: a.kind,
      content: a.content,
      forPartnerId: a.partnerId,
      dueOn: a.dueOn,
      note: a.note,
      reviewedAt: a.reviewedAt,
      reviewComment: a.reviewComment,
    },
    me: people.me,
    partner: people.partner,
    mine,
    theirs,
    canChangeVisibility: !a.reviewedAt && a.kind !== 'joint-reveal',
    /** What a first save uses when no visibility is chosen: the practice's default, as this exercise allows. */
    defaultVisibility: chooseVisibility(a, undefined, await loadDefaultVisibility(tx, actor.practiceId)),
  };
}
