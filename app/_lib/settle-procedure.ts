import { TRPCError } from '@trpc/server';
import { errorDataOf, publicMessageOf } from '../../server/trpc/error-data';
import type { ActionResult } from './action-result';

/** A procedure's refusal as an answer; anything else (a defect) stays thrown, for the error log. */
export async function settleProcedure<T>(call: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await call() };
  } catch (error) {
    if (!(error instanceof TRPCError) || error.code === 'INTERNAL_SERVER_ERROR') throw error;
    return { ok: false, error: { ...errorDataOf(error), message: publicMessageOf(error) } };
  }
}
