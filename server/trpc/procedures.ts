// The procedure ladder. Each step narrows the context:
//   authedProcedure                a session
//   staffSessionProcedure          a staff (password) session, for the person's own account security
//   practiceProcedure(permission)  the practice rungs (practice-rungs.ts), then the procedure, in one
//                                  tenant transaction
//   practiceOutsideTransactionProcedure(permission)
//                                  the same rungs in a short tenant transaction, then the procedure
//                                  with none open: for calls to another service over HTTP (Stripe),
//                                  so a slow answer never holds database locks (and the embedded
//                                  database's one connection stays free for the local Stripe
//                                  stand-in the call may reach), and for work that must follow a commit
//   billingProcedure               practiceOutsideTransactionProcedure('billing:manage')

import { TRPCError } from '@trpc/server';
import type { Tx } from '@/db/client';
import { withTenant } from '@/db/tenant';
import type { Permission } from '../authz/permissions';
import { baseProcedure } from './init';
import { practiceHintOf, practiceRungs } from './practice-rungs';

export const authedProcedure = baseProcedure.use(({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in.' });
  return next({ ctx: { ...ctx, session: ctx.session } });
});

export const staffSessionProcedure = authedProcedure.use(({ ctx, next }) => {
  if (ctx.session.kind !== 'staff') {
    throw new TRPCError({
      code: 'FORBIDDEN',
      message: 'Sign in with your password to change account security.',
    });
  }
  return next();
});

export function practiceProcedure(permission: Permission) {
  return authedProcedure.meta({ permission }).use(async ({ ctx, next, type, meta }) => {
    const practiceId = practiceHintOf(ctx);
    return withTenant(ctx.db, { practiceId, userId: ctx.session.userId }, async (tx: Tx) => {
      const actor = await practiceRungs(tx, ctx, { practiceId, permission, meta, type });
      const result = await next({ ctx: { ...ctx, tx, actor } });
      // Throwing rolls the transaction back; a failed procedure must not commit half its writes.
      if (!result.ok) throw result.error;
      return result;
    });
  });
}

export function practiceOutsideTransactionProcedure(permission: Permission) {
  return authedProcedure.meta({ permission }).use(async ({ ctx, next, type, meta }) => {
    const practiceId = practiceHintOf(ctx);
    const actor = await withTenant(ctx.db, { practiceId, userId: ctx.session.userId }, (tx) =>
      practiceRungs(tx, ctx, { practiceId, permission, meta, type }),
    );
    return next({ ctx: { ...ctx, actor } });
  });
}

// Open when read-only by its permission: paying must work in a practice that stopped paying.
export const billingProcedure = practiceOutsideTransactionProcedure('billing:manage');
