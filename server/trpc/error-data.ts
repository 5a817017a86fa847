// What a caller learns of a refused or failed procedure, whether it came over HTTP (the tRPC error
// formatter, route handlers) or through a server action: one tRPC error per domain error, one
// message rule, one HTTP status per code, and one machine-readable reason.

import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { ZodError, z } from 'zod';
import { AppError, type RefusalReason, refusalReasonOf } from '../errors';

export type TErrorData = {
  code: TRPCError['code'];
  /** Per-field messages when the input's validation refused it. */
  zod: { formErrors: string[]; fieldErrors: Record<string, string[] | undefined> } | null;
  /** Why it was refused, when the page can act on it: point to Billing, or to two-factor setup. */
  reason: RefusalReason | null;
};

/** A domain error as every procedure answers it: its code is already a tRPC code (init.ts maps with this). */
export function trpcErrorOf(error: AppError): TRPCError {
  return new TRPCError({ code: error.code, message: error.message, cause: error });
}

const INTERNAL_ERROR_MESSAGE = 'Something went wrong on our side. Nothing was saved.';

/** The message shown to the person: never an internal error's own text. */
export function publicMessageOf(error: TRPCError): string {
  return error.code === 'INTERNAL_SERVER_ERROR' ? INTERNAL_ERROR_MESSAGE : error.message;
}

export function errorDataOf(error: TRPCError): TErrorData {
  return {
    code: error.code,
    zod:
      error.cause instanceof ZodError
        ? (z.flattenError(error.cause) as NonNullable<TErrorData['zod']>)
        : null,
    reason: refusalReasonOf(error.cause),
  };
}

/** The status the tRPC endpoint answers for this code (BAD_REQUEST 400, NOT_FOUND 404, …), for routes too. */
export function httpStatusOf(error: TRPCError): number {
  return getHTTPStatusCodeFromError(error);
}

/**
 * The refusal, for the caller to answer: a procedure's, or a domain error from a service a route
 * handler calls itself. Anything else is a defect, thrown again for the error log.
 */
export function refusalOrThrow(error: unknown): TRPCError {
  const refusal = error instanceof AppError ? trpcErrorOf(error) : error;
  if (refusal instanceof TRPCError && refusal.code !== 'INTERNAL_SERVER_ERROR') return refusal;
  throw error;
}
