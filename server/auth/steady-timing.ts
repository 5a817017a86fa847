// Forms that take an email address answer after a fixed time, not when their work is done: the
// work differs with the address (a message written or not), and the difference must not show.
// Each floor sits well above its form's slowest work on this 2-core machine (bench/auth-timing.ts).

export const ANSWER_FLOOR_MS = { signUp: 600, signInLink: 400 } as const;

/** `work`'s result, no sooner than `floorMs` after the call; a failure waits out the floor too. */
export async function answerNoSoonerThan<T>(floorMs: number, work: () => Promise<T>): Promise<T> {
  const until = performance.now() + floorMs;
  const settled = await Promise.allSettled([work()]);
  const wait = until - performance.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  const [outcome] = settled;
  if (outcome?.status === 'rejected') throw outcome.reason;
  return (outcome as PromiseFulfilledResult<T>).value;
}
