import { TRPCClientError } from '@trpc/client';

type ZodShape =
  | { fieldErrors?: Record<string, string[] | undefined>; formErrors?: string[] }
  | null
  | undefined;

/**
 * 'read-only' (the practice's subscription ended) or 'no-seats' when billing refused the call: the
 * message already says what to do; this lets a screen stop retrying or point to Billing.
 */
export function billingRefusalOf(error: unknown): 'read-only' | 'no-seats' | null {
  if (!(error instanceof TRPCClientError)) return null;
  const billing = (error.data as { billing?: unknown } | undefined)?.billing;
  return billing === 'read-only' || billing === 'no-seats' ? billing : null;
}

/** A sentence for the person, and per-field messages when the server's validation said which field. */
export function describeError(error: unknown): { message: string; fields: Record<string, string> } {
  if (error instanceof TRPCClientError) {
    const zod = (error.data as { zod?: ZodShape } | undefined)?.zod;
    const fields: Record<string, string> = {};
    for (const [key, messages] of Object.entries(zod?.fieldErrors ?? {})) {
      if (messages?.[0]) fields[key] = messages[0];
    }
    const message = zod ? 'Please check the highlighted fields.' : error.message;
    return { message, fields };
  }
  return { message: 'Something went wrong. Please try again.', fields: {} };
}
