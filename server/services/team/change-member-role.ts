import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { memberships } from '@/db/schema';
import type { Actor } from '../actor';
import { recordAudit } from '../audit/record-audit';
import { assertMayManageOwner, assertNotLastOwner, loadStaffMember } from './load-staff-member';

export const ZStaffRole = z.enum(['owner', 'admin', 'counselor']);
export const ZChangeMemberRoleInput = z.object({ membershipId: z.uuid(), role: ZStaffRole });
type TChangeMemberRoleInput = z.infer<typeof ZChangeMemberRoleInput>;

export async function changeMemberRole(tx: Tx, actor: Actor, input: TChangeMemberRoleInput) {
  const member = await loadStaffMember(tx, actor, input.membershipId);
  if (member.role === input.role) return { membershipId: member.id, role: input.role };
  assertMayManageOwner(actor, member.role, input.role);
  await assertNotLastOwner(tx, actor, member, 'demote');
  await tx
    .update(memberships)
    .set({ role: input.role })
    .where(and(eq(memberships.practiceId, actor.practiceId), eq(memberships.id, member.id)));
  await recordAudit(tx, actor, {
    action: 'team.role-changed',
    targetType: 'membership',
    targetId: member.id,
    metadata: { from: member.role, to: input.role },
  });
  return { membershipId: member.id, role: input.role };
}
