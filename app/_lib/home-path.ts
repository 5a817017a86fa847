import type { MembershipRole } from '@/db/schema';

/** Where a member lands in a practice: clients in their portal, staff on their caseload. */
export function homePath(practiceId: string, role: MembershipRole): string {
  return role === 'client' ? `/portal/${practiceId}` : `/p/${practiceId}/caseload`;
}
