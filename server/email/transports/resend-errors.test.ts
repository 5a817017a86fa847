import { describe, expect, it } from 'vitest';
import { sendErrorFrom } from './resend-errors';
import { PermanentSendError } from './transport';

const permanent = (statusCode: number | null, name: string) =>
  // The SDK types name as its known codes; the classifier must also cope with names it does not know.
  sendErrorFrom({ statusCode, name: name as 'validation_error' }) instanceof PermanentSendError;

describe('sendErrorFrom', () => {
  it('treats refusals a retry cannot change as permanent', () => {
    expect(permanent(422, 'validation_error')).toBe(true);
    expect(permanent(400, 'validation_error')).toBe(true);
    expect(permanent(422, 'missing_required_field')).toBe(true);
    expect(permanent(403, 'validation_error')).toBe(true);
    expect(permanent(403, 'invalid_from_address')).toBe(true);
    expect(permanent(400, 'invalid_idempotency_key')).toBe(true);
    expect(permanent(409, 'invalid_idempotent_request')).toBe(true);
  });

  it('treats a key in flight, rate limits, quotas, server faults and network failures as transient', () => {
    expect(permanent(409, 'concurrent_idempotent_requests')).toBe(false);
    expect(permanent(429, 'rate_limit_exceeded')).toBe(false);
    expect(permanent(429, 'daily_quota_exceeded')).toBe(false);
    expect(permanent(500, 'internal_server_error')).toBe(false);
    expect(permanent(502, 'application_error')).toBe(false);
    expect(permanent(503, 'something_new')).toBe(false);
    expect(permanent(408, 'application_error')).toBe(false);
    expect(permanent(null, 'application_error')).toBe(false);
  });

  it('lets messages wait out a missing or rotated API key, which an operator fixes', () => {
    expect(permanent(403, 'invalid_api_key')).toBe(false);
    expect(permanent(401, 'missing_api_key')).toBe(false);
  });
});
