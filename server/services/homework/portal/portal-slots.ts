// The signed-in partner's answer and their partner's, as the portal may show them: your own in
// full, draft or sent; your partner's status, and their answer only when canReadAnswer allows.
import type { AnswerVisibility } from '@/db/schema';
import type { TAnswerBody } from '../answer-body';
import type { StoredResponse } from '../answer-slots';
import { canReadAnswer } from '../answer-visibility';
import type { PortalPeople } from './get-portal-people';
import { type MyAssignmentRow, type SlotStatus, slotsOf, statusesOf } from './my-assignments';

type MySlot = {
  /** Null for the one shared answer of an exercise done together. */
  partnerId: string | null;
  status: SlotStatus;
  submittedAt: Date | null;
  visibility: AnswerVisibility | null;
  answer: TAnswerBody | null;
};
type TheirSlot = { partnerId: string; status: SlotStatus; answer: TAnswerBody | null };

/** `stored`: the assignment's responses as row-level security lets the signed-in partner see them. */
export function portalSlots(
  a: MyAssignmentRow,
  people: PortalPeople,
  stored: StoredResponse[],
): { mine: MySlot; theirs: TheirSlot | null } {
  const owners = slotsOf(a, people);
  const { myStatus, partnerStatus } = statusesOf(a, people);
  const own = stored.find((r) => r.partnerId === owners.mine);
  const mine: MySlot = own
    ? {
        partnerId: owners.mine,
        status: own.status,
        submittedAt: own.submittedAt,
        visibility: own.visibility,
        answer: own.body(),
      }
    : { partnerId: owners.mine, status: 'not-started', submittedAt: null, visibility: null, answer: null };
  if (owners.theirs === null || partnerStatus === null) return { mine, theirs: null };
  const other = stored.find((r) => r.partnerId === owners.theirs);
  // During a safety hold the partners' answers stay apart.
  const readable =
    !people.sharedWorkPaused &&
    other !== undefined &&
    canReadAnswer(
      { kind: 'partner', partnerId: people.me.partnerId },
      {
        authorPartnerId: other.partnerId,
        submitted: other.status === 'submitted',
        visibility: other.visibility,
        exerciseKind: a.kind,
        everyoneSubmitted: myStatus === 'submitted' && partnerStatus === 'submitted',
      },
    );
  return {
    mine,
    theirs: { partnerId: owners.theirs, status: partnerStatus, answer: readable ? other.body() : null },
  };
}
