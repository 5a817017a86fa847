import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError, z } from 'zod';
import { refusalReasonOf } from '../auth/two-factor/setup-required';
import type { Permission } from '../authz/permissions';
import { billingRefusalOf } from '../billing/entitlements/billing-error';
import { AppError, postgresErrorCode } from '../errors';
import type { Context } from './context';
import { transformer } from './transformer';

export type ProcedureMeta = { permission?: Permission };

export const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    transformer,
    errorFormatter({ shape, error }) {
      const zod = error.cause instanceof ZodError ? z.flattenError(error.cause) : null;
      const internal = error.code === 'INTERNAL_SERVER_ERROR';
      return {
        ...shape,
        message: internal ? 'Something went wrong on our side. Nothing was saved.' : shape.message,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          zod,
          // 'read-only' or 'no-seats' when billing refused the call, so the UI can point to Billing.
          billing: billingRefusalOf(error.cause),
          // 'two-factor-setup-required': the practice requires two-factor sign-in and this person has none yet.
          reason: refusalReasonOf(error.cause),
        },
      };
    },
  });

/** Turns domain errors (and the database's refusals) into tRPC codes, once, for every procedure. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (cause instanceof AppError) throw new TRPCError({ code: cause.code, message: cause.message, cause });
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
