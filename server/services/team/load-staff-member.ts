// The staff membership a team action targets, locked for the rest of the transaction so two
// admins acting at once cannot both remove the last owner.
import { and, eq, ne } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { memberships } from '@/db/schema';
import { AppError, notFound } from '@/server/errors';
import type { Actor } from '../actor';

export async function loadStaffMember(tx: Tx, actor: Actor, membershipId: string) {
  const [member] = await tx
    .select({
      id: memberships.id,
      userId: memberships.userId,
      role: memberships.role,
      status: memberships.status,
    })
    .from(memberships)
    .where(
      and(
        eq(memberships.practiceId, actor.practiceId),
        eq(memberships.id, membershipId),
        ne(memberships.role, 'client'),
      ),
    )
    .for('update');
  if (!member) throw notFound('Team member');
  return member;
}

/** Owners are managed by owners only: an admin cannot promote, demote, deactivate or reactivate one. */
export function assertMayManageOwner(actor: Actor, ...roles: string[]) {
  if (actor.role !== 'owner' && roles.includes('owner')) {
    throw new AppError('FORBIDDEN', 'Only an owner can make someone an owner or change an owner.');
  }
}

/** Refuses when the target is the practice's only active owner: a practice always keeps one. */
export async function assertNotLastOwner(
  tx: Tx,
  actor: Actor,
  member: { id: string; role: string; status: string },
  action: string,
) {
  if (member.role !== 'owner' || member.status !== 'active') return;
  const owners = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(
      and(
        eq(memberships.practiceId, actor.practiceId),
        eq(memberships.role, 'owner'),
        eq(memberships.status, 'active'),
      ),
    )
    .for('update');
  if (owners.length <= 1) {
    throw new AppError(
      'CONFLICT',
      `The practice needs at least one active owner. Make someone else an owner before you ${action} this one.`,
    );
  }
}
