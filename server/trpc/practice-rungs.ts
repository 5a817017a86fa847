// The checks every practice procedure runs before its body, whether the body then runs in the same
// tenant transaction or outside it: membership and role, two-factor sign-in, billing, and a closed
// couple's file. Each refuses with FORBIDDEN; the procedure's meta may open the last two.

import { TRPCError, type TRPCProcedureType } from '@trpc/server';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import type { AuthSession } from '../auth/sessions';
import { assertTwoFactorSatisfied } from '../auth/two-factor/setup-required';
import { can, isStaffRole, type Permission } from '../authz/permissions';
import { assertMayWrite } from '../billing/entitlements/enforce-access';
import type { Actor } from '../services/actor';
import { assertClientMayWrite } from '../services/couples/closing/assert-client-may-write';
import { findActiveMembership } from '../services/practices/find-active-membership';
import type { ProcedureMeta } from './init';

// Lower-cased: Postgres reads a uuid in any case, but the app compares ids as text and binds
// encrypted answers to them, so an upper-case hint must not become a second spelling.
export const ZPracticeHint = z.uuid().transform((id) => id.toLowerCase());

/** The practice the request names: a well-formed id, still a hint until practiceRungs verifies it. */
export function practiceHintOf(ctx: { unverifiedPracticeId: string | null }): string {
  const hint = ZPracticeHint.safeParse(ctx.unverifiedPracticeId);
  if (!hint.success) throw new TRPCError({ code: 'FORBIDDEN', message: 'Choose a practice first.' });
  return hint.data;
}

type RungsContext = { session: AuthSession; meta: Actor['meta'] };
type PracticeCall = {
  practiceId: string;
  permission: Permission;
  /** The procedure's meta, whose flags open the billing and closed-file rungs. */
  meta: ProcedureMeta | undefined;
  type: TRPCProcedureType;
};

/** Runs the rungs in the tenant transaction of `practiceId`; the actor they verified, or a refusal. */
export async function practiceRungs(tx: Tx, ctx: RungsContext, call: PracticeCall): Promise<Actor> {
  const { practiceId, permission, meta, type } = call;
  const actor = await verifiedActor(tx, ctx, practiceId, permission);
  // Billing: a read-only practice (subscription ended, trial over) keeps reading, stops writing.
  await assertMayWrite(tx, {
    type,
    permission,
    openWhenReadOnly: meta?.openWhenReadOnly === true,
    practiceId,
    role: actor.role,
  });
  // A closed couple's partners read but no longer write.
  await assertClientMayWrite(tx, actor, { type, openWhenCoupleClosed: meta?.openWhenCoupleClosed === true });
  return actor;
}

/**
 * The actor a request may act as in a practice: an active member whose role has the permission.
 * A staff role only counts on a password sign-in: a magic link never unlocks staff powers. In a
 * practice that requires two-factor sign-in, staff without it are refused (reason
 * 'two-factor-setup-required') until they set it up.
 */
async function verifiedActor(
  tx: Tx,
  ctx: RungsContext,
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
