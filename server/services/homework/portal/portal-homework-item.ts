// One line of the portal's homework lists ("this week" and history): what it is, when it is due,
// and how far each partner has got. Never an answer.
import type { PortalPeople } from './get-portal-people';
import { type MyAssignmentRow, statusesOf } from './my-assignments';

export function toPortalItem(row: MyAssignmentRow, people: PortalPeople) {
  return {
    id: row.id,
    title: row.title,
    behavior: row.behavior,
    kind: row.kind,
    participation: row.content.participation,
    dueOn: row.dueOn,
    note: row.note,
    forPartnerId: row.partnerId,
    ...statusesOf(row, people),
    reviewedAt: row.reviewedAt,
    reviewComment: row.reviewComment,
  };
}
