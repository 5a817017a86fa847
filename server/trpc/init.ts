import { initTRPC, TRPCError } from '@trpc/server';
import type { Permission } from '../authz/permissions';
import { AppError, postgresErrorCode } from '../errors';
import type { Context } from './context';
import { errorDataOf, publicMessageOf, trpcErrorOf } from './error-data';
import { transformer } from './transformer';

/**
 * What a procedure says about itself, read by the practice rungs (practice-rungs.ts) and by the tests
 * that list every procedure. The flags open a mutation that a rung would otherwise refuse; a router
 * sets them after the builder, `practiceProcedure('notes:write').meta({ openWhenReadOnly: true })`
 * (tRPC merges the two `.meta()` calls), with a comment saying why.
 */
export type ProcedureMeta = {
  /** Set by the practice procedures: who in the practice may call it (server/authz/permissions.ts). */
  permission?: Permission;
  /**
   * Still runs when the practice is read-only for billing (subscription ended, trial over). Anything
   * under 'billing:manage', 'safety:check-in' or 'safety:manage' is open by its permission already
   * (server/billing/entitlements/read-only-allowlist.ts).
   */
  openWhenReadOnly?: true;
  /** A client may still call it once their couple's file is closed. */
  openWhenCoupleClosed?: true;
};

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    transformer,
    errorFormatter({ shape, error }) {
      return {
        ...shape,
        message: publicMessageOf(error),
        data: { ...errorDataOf(error), httpStatus: shape.data.httpStatus, path: shape.data.path },
      };
    },
  });

/** Turns domain errors (and the database's refusals) into tRPC codes, once, for every procedure. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (cause instanceof AppError) throw trpcErrorOf(cause);
  const pgCode = postgresErrorCode(cause);
  if (pgCode) throw new TRPCError({ code: pgCode, message: pgMessage(pgCode), cause });
  return result;
});

function pgMessage(code: string): string {
  if (code === 'CONFLICT') return 'That already exists.';
  if (code === 'NOT_FOUND') return 'Not found.';
  if (code === 'BAD_REQUEST') return 'Invalid input.';
  return 'You do not have access to this.';
}

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const baseProcedure = t.procedure.use(mapDomainErrors);
