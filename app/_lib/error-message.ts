import { TRPCClientError } from '@trpc/client';

type ZodShape =
  | { fieldErrors?: Record<string, string[] | undefined>; formErrors?: string[] }
  | null
  | undefined;

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
