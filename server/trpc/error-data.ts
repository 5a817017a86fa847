// What a caller learns of a refused or failed procedure, whether it came over HTTP (the tRPC error
// formatter, the download routes) or through a server action: one message rule, one HTTP status
// per code, and one set of machine-readable reasons.
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { ZodError, z } from 'zod';
import { type RefusalReason, refusalReasonOf } from '../auth/two-factor/setup-required';
import { type BillingRefusal, billingRefusalOf } from '../billing/entitlements/billing-error';

export type TErrorData = {
  code: TRPCError['code'];
  /** Per-field messages when the input's validation refused it. */
  zod: { formErrors: string[]; fieldErrors: Record<string, string[] | undefined> } | null;
  /** 'read-only' or 'no-seats' when billing refused the call, so the UI can point to Billing. */
  billing: BillingRefusal | null;
  /** 'two-factor-setup-required': the practice requires two-factor sign-in and this person has none yet. */
  reason: RefusalReason | null;
};

export const INTERNAL_ERROR_MESSAGE = 'Something went wrong on our side. Nothing was saved.';

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
    billing: billingRefusalOf(error.cause),
    reason: refusalReasonOf(error.cause),
  };
}

/** The status the tRPC endpoint answers for this code (BAD_REQUEST 400, NOT_FOUND 404, …), for routes too. */
export function httpStatusOf(error: TRPCError): number {
  return getHTTPStatusCodeFromError(error);
}

/** The procedure's refusal, for the caller to answer; anything else is a defect, thrown again for the error log. */
export function refusalOrThrow(error: unknown): TRPCError {
  if (error instanceof TRPCError && error.code !== 'INTERNAL_SERVER_ERROR') return error;
  throw error;
}
