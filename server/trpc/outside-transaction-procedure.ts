// For procedures that call another service over HTTP (Stripe): the membership and permission are
// checked in a short tenant transaction, and the procedure then runs with no transaction open, so
// a slow answer never holds database locks (and the embedded database's one connection stays free
// for the local Stripe stand-in the call may reach).
import { TRPCError } from '@trpc/server';
import { withTenant } from '../../db/tenant';
import type { Permission } from '../authz/permissions';
import { assertMayWrite } from '../billing/entitlements/enforce-access';
import { assertClientMayWrite } from '../services/couples/closing/assert-client-may-write';
import { authedProcedure, verifiedActor, ZPracticeHint } from './procedures';

export function practiceOutsideTransactionProcedure(permission: Permission) {
  return authedProcedure.meta({ permission }).use(async ({ ctx, next, path, type }) => {
    const practiceId = ZPracticeHint.safeParse(ctx.unverifiedPracticeId);
    if (!practiceId.success) throw new TRPCError({ code: 'FORBIDDEN', message: 'Choose a practice first.' });
    const actor = await withTenant(
      ctx.db,
      { practiceId: practiceId.data, userId: ctx.session.userId },
      async (tx) => {
        const verified = await verifiedActor(tx, ctx, practiceId.data, permission);
        // The same billing gate as practiceProcedure ('billing:manage' is on its allowlist).
        await assertMayWrite(tx, {
          type,
          path,
          permission,
          practiceId: practiceId.data,
          role: verified.role,
        });
        await assertClientMayWrite(tx, verified, { type, path });
        return verified;
      },
    );
    return next({ ctx: { ...ctx, actor } });
  });
}
