import { can } from '@/server/authz/permissions';
import type { Actor } from '../actor';

/** Counselors work their own caseload; owners and admins may see every couple in the practice. */
export function canSeeCouple(actor: Actor, counselorId: string): boolean {
  return counselorId === actor.membershipId || can(actor.role, 'couples:read-all');
}
