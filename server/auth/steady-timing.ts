// Forms that take an email address answer after a fixed time, not when their work is done: the
// work differs with the address (a message written or not), and the difference must not show.
// Each floor sits above the form's 90th-percentile work on the 2-core machine while other jobs
// loaded it (npm run bench:auth-timing); work that takes longer still answers, just later.

export const ANSWER_FLOOR_MS = { signUp: 800, signInLink: 400 } as const;

/** `work`'s result, no sooner than `floorMs` after the call; a failure waits out the floor too. */
export async function answerNoSoonerThan<T>(floorMs: number, work: () => Promise<T>): Promise<T> {
  const until = performance.now() + floorMs;
  const settled = await Promise.allSettled([work()]);
  // A timer may fire a fraction of a millisecond early by performance.now(), so wait again until
  // the floor has truly passed.
  for (let wait = until - performance.now(); wait > 0; wait = until - performance.now()) {
    await new Promise((resolve) => setTimeout(resolve, Math.ceil(wait)));
  }
  const [outcome] = settled;
  if (outcome?.status === 'rejected') throw outcome.reason;
  return (outcome as PromiseFulfilledResult<T>).value;
}
