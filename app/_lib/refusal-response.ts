// A route handler's answer when the procedure behind it refused: the status and message the tRPC
// endpoint would give for the same refusal. A defect stays thrown, for the error log.
import { TRPCError } from '@trpc/server';
import { httpStatusOf, publicMessageOf } from '../../server/trpc/error-data';

export function refusalResponse(error: unknown): Response {
  if (!(error instanceof TRPCError) || error.code === 'INTERNAL_SERVER_ERROR') throw error;
  return Response.json({ error: publicMessageOf(error) }, { status: httpStatusOf(error) });
}
