// tRPC called directly from server components: same procedures, same checks, no HTTP hop.
import { TRPCError } from '@trpc/server';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { ZodError } from 'zod';
import { refusalReasonOf } from '@/server/errors';
import { createRequestContext } from '@/server/trpc/request-context';
import { createCaller } from '@/server/trpc/root';

export async function serverApi(practiceId?: string) {
  return createCaller(await createRequestContext(await headers(), practiceId));
}

/**
 * Runs a page's query; a missing sign-in goes to the sign-in page, a practice that requires
 * two-factor sign-in of someone without it sends them to set it up, no access reads as "not found",
 * and so does an id in the URL that the procedure's input refuses (no such page can exist).
 */
export async function loadOrRedirect<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'UNAUTHORIZED') redirect('/sign-in');
    if (error instanceof TRPCError && refusalReasonOf(error.cause) === 'two-factor-setup-required') {
      redirect('/account/security');
    }
    if (error instanceof TRPCError && (error.code === 'FORBIDDEN' || error.code === 'NOT_FOUND')) notFound();
    if (error instanceof TRPCError && error.code === 'BAD_REQUEST' && error.cause instanceof ZodError)
      notFound();
    throw error;
  }
}
