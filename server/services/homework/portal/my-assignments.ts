// Which homework is the signed-in partner's (their couple's, for both or for them, not cancelled),
// and how far each partner has got with it. A partner's status comes from app_response_status,
// which tells the status alone: the answer row itself stays behind the responses_read policy.
import { and, eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import type { TExerciseContent } from '@/db/exercise-content';
import { assignments } from '@/db/schema';
import { notFound } from '@/server/errors';
import type { Actor } from '@/server/services/actor';
import { notSharedWork } from '@/server/services/safety/shared-work';
import type { Slot } from '../answer-slots';
import type { PortalPeople } from './get-portal-people';

export type SlotStatus = Slot['status'];
type StoredStatus = 'draft' | 'submitted' | null;

export function myAssignmentsFilter(actor: Actor, people: PortalPeople): SQL {
  return and(
    eq(assignments.practiceId, actor.practiceId),
    eq(assignments.coupleId, people.coupleId),
    or(isNull(assignments.partnerId), eq(assignments.partnerId, people.me.partnerId)),
    isNull(assignments.cancelledAt),
    // During a safety hold shared work is out of sight, and so out of reach of every write.
    people.sharedWorkPaused ? notSharedWork : undefined,
  ) as SQL;
}

const statusOf = (partnerId: string | null) =>
  sql<StoredStatus>`app_response_status(${assignments.id}, ${partnerId}::uuid)`;

/** Select these beside an assignment's columns; statusesOf() reads them. */
function statusColumns(people: PortalPeople) {
  return {
    ownStatus: statusOf(people.me.partnerId),
    otherStatus: people.partner ? statusOf(people.partner.partnerId) : sql<StoredStatus>`null`,
    sharedStatus: statusOf(null),
  };
}
type StatusColumns = { ownStatus: StoredStatus; otherStatus: StoredStatus; sharedStatus: StoredStatus };

type AssignmentShape = { partnerId: string | null; content: TExerciseContent };

/**
 * Whose answers an assignment expects, seen by the signed-in partner. `mine` is their partner id,
 * or null for the one shared answer of an exercise done together; `theirs` is the other partner's
 * id when they answer it too, and null when they do not.
 */
export function slotsOf(
  a: AssignmentShape,
  people: PortalPeople,
): { mine: string | null; theirs: string | null } {
  if (a.content.participation === 'together') return { mine: null, theirs: null };
  return { mine: people.me.partnerId, theirs: a.partnerId ? null : (people.partner?.partnerId ?? null) };
}

export function statusesOf(
  a: AssignmentShape & StatusColumns,
  people: PortalPeople,
): { myStatus: SlotStatus; partnerStatus: SlotStatus | null } {
  const slots = slotsOf(a, people);
  return {
    myStatus: (slots.mine === null ? a.sharedStatus : a.ownStatus) ?? 'not-started',
    partnerStatus: slots.theirs === null ? null : (a.otherStatus ?? 'not-started'),
  };
}

/** The columns the portal reads of an assignment, with both partners' statuses. */
export function myAssignmentColumns(people: PortalPeople) {
  return {
    id: assignments.id,
    title: assignments.title,
    behavior: assignments.behavior,
    kind: assignments.kind,
    content: assignments.content,
    partnerId: assignments.partnerId,
    dueOn: assignments.dueOn,
    note: assignments.note,
    reviewedAt: assignments.reviewedAt,
    reviewComment: assignments.reviewComment,
    ...statusColumns(people),
  };
}

export type MyAssignmentRow = Pick<
  typeof assignments.$inferSelect,
  | 'id'
  | 'title'
  | 'behavior'
  | 'kind'
  | 'content'
  | 'partnerId'
  | 'dueOn'
  | 'note'
  | 'reviewedAt'
  | 'reviewComment'
> &
  StatusColumns;

/** One of the signed-in partner's assignments, with statuses; NOT_FOUND for anything else. */
export async function findMyAssignment(
  tx: Tx,
  actor: Actor,
  people: PortalPeople,
  assignmentId: string,
): Promise<MyAssignmentRow> {
  const [found] = await tx
    .select(myAssignmentColumns(people))
    .from(assignments)
    .where(and(myAssignmentsFilter(actor, people), eq(assignments.id, assignmentId)));
  if (!found) throw notFound('Homework');
  return found;
}
