// A route handler's answer when the procedure or service behind it refused: the status and message
// the tRPC endpoint would give for the same refusal. A defect stays thrown, for the error log.
import { httpStatusOf, publicMessageOf, refusalOrThrow } from '@/server/trpc/error-data';

export function refusalResponse(error: unknown): Response {
  const refusal = refusalOrThrow(error);
  return Response.json({ error: publicMessageOf(refusal) }, { status: httpStatusOf(refusal) });
}
