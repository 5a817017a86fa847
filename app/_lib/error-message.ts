// What a failed call says to the person. A refusal reaches the browser as a tRPC client error (HTTP)
// or as an ActionRefused (server action); both carry the same `data` (server/trpc/error-data.ts),
// read here by shape so that neither client library has to ship to pages that use only the other.
import type { TErrorData } from '@/server/trpc/error-data';

function refusalDataOf(error: unknown): Partial<TErrorData> | null {
  if (!(error instanceof Error) || !('data' in error)) return null;
  const data = error.data;
  return typeof data === 'object' && data !== null ? (data as Partial<TErrorData>) : null;
}

/**
 * 'read-only' (the practice's subscription ended) or 'no-seats' when billing refused the call: the
 * message already says what to do; this lets a screen stop retrying or point to Billing.
 */
export function billingRefusalOf(error: unknown): 'read-only' | 'no-seats' | null {
  const reason = refusalDataOf(error)?.reason;
  return reason === 'read-only' || reason === 'no-seats' ? reason : null;
}

/** 'CONFLICT', 'FORBIDDEN', …: the refusal's code, when the server refused the call. */
export function refusalCodeOf(error: unknown): string | null {
  const code = refusalDataOf(error)?.code;
  return typeof code === 'string' ? code : null;
}

/** A sentence for the person, and per-field messages when the server's validation said which field. */
export function describeError(error: unknown): { message: string; fields: Record<string, string> } {
  const data = refusalDataOf(error);
  if (data && error instanceof Error) {
    const fields: Record<string, string> = {};
    for (const [key, messages] of Object.entries(data.zod?.fieldErrors ?? {})) {
      if (messages?.[0]) fields[key] = messages[0];
    }
    const message = data.zod ? 'Please check the highlighted fields.' : error.message;
    return { message, fields };
  }
  return { message: 'Something went wrong. Please try again.', fields: {} };
}
