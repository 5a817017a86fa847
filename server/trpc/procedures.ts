// The procedure ladder: public -> authed -> practice(permission). Each step narrows the context;
// the last checks membership and role and runs the procedure in one tenant transaction.
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import type { Tx } from '../../db/client';
import { withTenant } from '../../db/tenant';
import type { AuthSession } from '../auth/sessions';
import { assertTwoFactorSatisfied } from '../auth/two-factor/setup-required';
import { can, isStaffRole, type Permission } from '../authz/permissions';
import { assertMayWrite } from '../billing/entitlements/enforce-access';
import type { Actor } from '../services/actor';
import { assertClientMayWrite } from '../services/couples/closing/assert-client-may-write';
import { findActiveMembership } from '../services/practices/find-active-membership';
import { baseProcedure } from './init';

// Lower-cased: Postgres reads a uuid in any case, but the app compares ids as text and binds
// encrypted answers to them, so an upper-case hint must not become a second spelling.
export const ZPracticeHint = z.uuid().transform((id) => id.toLowerCase());

export const publicProcedure = baseProcedure;

export const authedProcedure = baseProcedure.use(({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in.' });
  return next({ ctx: { ...ctx, session: ctx.session } });
});

/**
 * The actor a request may act as in a practice: an active member whose role has the permission.
 * A staff role only counts on a password sign-in: a magic link never unlocks staff powers. In a
 * practice that requires two-factor sign-in, staff without it are refused (reason
 * 'two-factor-setup-required') until they set it up.
 */
export async function verifiedActor(
  tx: Tx,
  ctx: { session: AuthSession; meta: Actor['meta'] },
  practiceId: string,
  permission: Permission,
): Promise<Actor> {
  const { session } = ctx;
  // Usually fetched with the session (request-context.ts) for this same practice; looked up
  // here when the context came without it (server-side callers, tests).
  const membership =
    session.membership?.practiceId === practiceId
      ? session.membership
      : await findActiveMembership(tx, practiceId, session.userId);
  const allowed =
    membership &&
    can(membership.role, permission) &&
    (!isStaffRole(membership.role) || session.kind === 'staff');
  if (!membership || !allowed) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'You do not have access to this.' });
  }
  await assertTwoFactorSatisfied(tx, membership, session.twoFactorEnabled);
  return {
    userId: session.userId,
    practiceId,
    membershipId: membership.id,
    role: membership.role,
    meta: ctx.meta,
  };
}

export function practiceProcedure(permission: Permission) {
  return authedProcedure.meta({ permission }).use(async ({ ctx, next, path, type }) => {
    const practiceId = ZPracticeHint.safeParse(ctx.unverifiedPracticeId);
    if (!practiceId.success) throw new TRPCError({ code: 'FORBIDDEN', message: 'Choose a practice first.' });
    return withTenant(ctx.db, { practiceId: practiceId.data, userId: ctx.session.userId }, async (tx: Tx) => {
      const actor = await verifiedActor(tx, ctx, practiceId.data, permission);
      // Billing: a read-only practice (subscription ended, trial over) keeps reading, stops writing.
      await assertMayWrite(tx, { type, path, permission, practiceId: practiceId.data, role: actor.role });
      // A closed couple's partners read but no longer write.
      await assertClientMayWrite(tx, actor, { type, path });
      const result = await next({ ctx: { ...ctx, tx, actor } });
      // Throwing rolls the transaction back; a failed procedure must not commit half its writes.
      if (!result.ok) throw result.error;
      return result;
    });
  });
}
