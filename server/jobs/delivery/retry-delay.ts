// Exponential backoff with jitter: 30 s, 1 min, 2 min … capped at an hour, each shortened by up to
// half at random so many failed messages do not all come back at once.
export const RETRY_BASE_MS = 30_000;
const RETRY_CAP_MS = 60 * 60_000;

export function retryDelayMs(attempts: number, baseMs = RETRY_BASE_MS, random = Math.random): number {
  const full = Math.min(baseMs * 2 ** Math.max(0, attempts - 1), RETRY_CAP_MS);
  return Math.round(full * (0.5 + random() / 2));
}

/** Resend keeps an idempotency key for 24 hours; after that a retry could send a second copy. */
export const GIVE_UP_AFTER_MS = 23 * 60 * 60_000;
