import { errorDataOf, publicMessageOf, refusalOrThrow } from '@/server/trpc/error-data';
import type { ActionResult } from './action-result';

/** A procedure's refusal as an answer; anything else (a defect) stays thrown, for the error log. */
export async function settleProcedure<T>(call: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await call() };
  } catch (error) {
    const refusal = refusalOrThrow(error);
    return { ok: false, error: { ...errorDataOf(refusal), message: publicMessageOf(refusal) } };
  }
}
