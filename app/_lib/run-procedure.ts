// A server action's way to a procedure: the same caller, ladder and checks as a page's query, with
// a refusal answered as data the browser can show.
import type { ActionResult } from './action-result';
import { serverApi } from './server-api';
import { settleProcedure } from './settle-procedure';

type Api = Awaited<ReturnType<typeof serverApi>>;

/**
 * `practiceId` is whatever the browser posted: anything but a string is no practice, and the
 * procedure's membership check refuses it like a wrong one.
 */
export async function runProcedure<T>(
  practiceId: unknown,
  call: (api: Api) => Promise<T>,
): Promise<ActionResult<T>> {
  return settleProcedure(async () =>
    call(await serverApi(typeof practiceId === 'string' ? practiceId : undefined)),
  );
}
