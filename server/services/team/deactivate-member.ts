import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { memberships } from '@/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { recordAudit } from '../audit/record-audit';
import { assertMayManageOwner, assertNotLastOwner, loadStaffMember } from './load-staff-member';

export const ZMemberInput = z.object({ membershipId: z.uuid() });
export type TMemberInput = z.infer<typeof ZMemberInput>;

/**
 * Deactivates a staff membership: from the next request on, the session check finds no active
 * membership here. Ending the person's sign-in sessions is the caller's job after commit
 * (end-staff-sessions.ts), as sessions live outside the tenant.
 */
export async function deactivateMember(tx: Tx, actor: Actor, input: TMemberInput) {
  const member = await loadStaffMember(tx, actor, input.membershipId);
  if (member.id === actor.membershipId) {
    throw new AppError('CONFLICT', 'You cannot deactivate yourself. Ask another owner or admin.');
  }
  assertMayManageOwner(actor, member.role);
  if (member.status === 'deactivated') return { membershipId: member.id, userId: member.userId };
  await assertNotLastOwner(tx, actor, member, 'deactivate');
  await tx
    .update(memberships)
    .set({ status: 'deactivated' })
    .where(and(eq(memberships.practiceId, actor.practiceId), eq(memberships.id, member.id)));
  await recordAudit(tx, actor, {
    action: 'team.deactivated',
    targetType: 'membership',
    targetId: member.id,
    metadata: { role: member.role },
  });
  return { membershipId: member.id, userId: member.userId };
}
