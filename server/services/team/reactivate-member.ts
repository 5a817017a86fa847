import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { memberships } from '@/db/schema';
import { assertStaffSeatFree } from '@/server/billing/entitlements/staff-seats';
import type { Actor } from '../actor';
import { recordAudit } from '../audit/record-audit';
import type { TMemberInput } from './deactivate-member';
import { assertMayManageOwner, loadStaffMember } from './load-staff-member';

/** Reactivates a staff membership; it takes a seat again, so the seat check runs in this transaction. */
export async function reactivateMember(tx: Tx, actor: Actor, input: TMemberInput) {
  const member = await loadStaffMember(tx, actor, input.membershipId);
  assertMayManageOwner(actor, member.role);
  if (member.status === 'active') return { membershipId: member.id };
  await assertStaffSeatFree(tx, actor.practiceId);
  await tx
    .update(memberships)
    .set({ status: 'active' })
    .where(and(eq(memberships.practiceId, actor.practiceId), eq(memberships.id, member.id)));
  await recordAudit(tx, actor, {
    action: 'team.reactivated',
    targetType: 'membership',
    targetId: member.id,
    metadata: { role: member.role },
  });
  return { membershipId: member.id };
}
