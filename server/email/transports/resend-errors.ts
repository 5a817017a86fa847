// Which of Resend's refusals retrying can cure. The resulting message names the status and the
// error name only: Resend's message text can quote the addresses it refused.
import type { ErrorResponse } from 'resend';
import { PermanentSendError } from './transport';

/** Refusals that pass on their own: a key still in flight, rate limits and quotas, Resend's own faults. */
const TRANSIENT_NAMES = new Set<string>([
  'concurrent_idempotent_requests',
  'rate_limit_exceeded',
  'daily_quota_exceeded',
  'monthly_quota_exceeded',
  'application_error',
  'internal_server_error',
  // A missing or rotated API key is the operator's to fix: messages wait (up to the 23-hour limit)
  // instead of failing outright.
  'missing_api_key',
  'invalid_api_key',
]);

export function sendErrorFrom(error: Pick<ErrorResponse, 'statusCode' | 'name'>): Error {
  const status = error.statusCode;
  // The SDK reports a network failure, a timeout or an unreadable answer with no status.
  if (status === null) return new Error(`Resend could not be reached (${error.name})`);
  const label = `${status} ${error.name}`;
  if (status >= 500 || status === 429 || status === 408 || TRANSIENT_NAMES.has(error.name))
    return new Error(`Resend did not take the message this time (${label})`);
  // Validation, a refused sender or recipient, a key reused with another payload: the same request
  // gets the same answer, so retrying cannot help.
  return new PermanentSendError(`Resend refused the message (${label})`);
}
