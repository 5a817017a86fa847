'use client';
// Calls a server action that runs a procedure (see run-procedure.ts) with the page's practice, and
// keeps what a form needs to give feedback: pending, the last result, the last refusal.
import { useParams } from 'next/navigation';
import { useCallback, useRef, useState } from 'react';
import type { ActionResult, TActionError } from './action-result';

/** A refusal the server answered, thrown by `run` so callers can treat it like any failed call. */
export class ActionRefused extends Error {
  constructor(readonly data: TActionError) {
    super(data.message);
    this.name = 'ActionRefused';
  }
}

type ProcedureAction<I, O> = (practiceId: string, input: I) => Promise<ActionResult<O>>;

type ActionState<O> =
  | { status: 'idle' | 'pending'; data?: undefined; error?: undefined }
  | { status: 'success'; data: O; error?: undefined }
  | { status: 'error'; data?: undefined; error: Error };

export function useAction<I, O>(action: ProcedureAction<I, O>) {
  const { practiceId } = useParams<{ practiceId: string }>();
  const [state, setState] = useState<ActionState<O>>({ status: 'idle' });
  // Only the latest call may set the state: an earlier one that ends late says nothing.
  const latest = useRef(0);

  const run = useCallback(
    async (input: I): Promise<O> => {
      const call = ++latest.current;
      const settle = (next: ActionState<O>) => {
        if (call === latest.current) setState(next);
      };
      settle({ status: 'pending' });
      try {
        const result = await action(practiceId, input);
        if (!result.ok) throw new ActionRefused(result.error);
        settle({ status: 'success', data: result.data });
        return result.data;
      } catch (error) {
        settle({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
        throw error;
      }
    },
    [action, practiceId],
  );

  return {
    ...state,
    isPending: state.status === 'pending',
    isSuccess: state.status === 'success',
    run,
    /** `run` for event handlers: the refusal is in `error`, for the form to show. */
    start: useCallback((input: I) => void run(input).catch(() => {}), [run]),
    reset: useCallback(() => setState({ status: 'idle' }), []),
  };
}
