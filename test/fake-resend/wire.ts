// Resend's wire format for POST /emails, as its API documents it and its SDK parses it: error
// bodies are `{ statusCode, name, message }`; a request body names from, to, subject and html/text.
import { z } from 'zod';

export type ResendErrorName =
  | 'missing_api_key'
  | 'invalid_api_key'
  | 'validation_error'
  | 'missing_required_field'
  | 'invalid_idempotency_key'
  | 'invalid_idempotent_request'
  | 'concurrent_idempotent_requests'
  | 'rate_limit_exceeded'
  | 'not_found'
  | 'method_not_allowed'
  | 'internal_server_error';

export type ResendErrorBody = { statusCode: number; name: ResendErrorName; message: string };

const resendError = (statusCode: number, name: ResendErrorName, message: string): ResendErrorBody => ({
  statusCode,
  name,
  message,
});

export const ERRORS = {
  missingApiKey: resendError(
    401,
    'missing_api_key',
    'Missing API key in the authorization header. Include the following header Authorization: Bearer YOUR_API_KEY in the request.',
  ),
  invalidApiKey: resendError(403, 'invalid_api_key', 'API key is invalid'),
  invalidJson: resendError(400, 'validation_error', 'Invalid JSON body.'),
  invalidIdempotencyKey: resendError(400, 'invalid_idempotency_key', 'The key must be between 1-256 chars.'),
  invalidIdempotentRequest: resendError(
    409,
    'invalid_idempotent_request',
    'Same idempotency key used with a different request payload.',
  ),
  concurrentIdempotentRequests: resendError(
    409,
    'concurrent_idempotent_requests',
    'Same idempotency key used while original request is still in progress.',
  ),
  rateLimited: resendError(
    429,
    'rate_limit_exceeded',
    'Too many requests. You can only make 2 requests per second. See rate limit response headers for more information. Or contact support to increase rate limit.',
  ),
  internal: resendError(500, 'internal_server_error', 'An unexpected error occurred.'),
  notFound: resendError(404, 'not_found', 'The requested endpoint does not exist.'),
  methodNotAllowed: resendError(405, 'method_not_allowed', 'Method is not allowed for the requested path.'),
} as const;

/** `someone@example.com` or `Some One <someone@example.com>`, as Resend accepts them. */
const ADDRESS = /^(?:[^<>]*<\s*)?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+(?:\s*>)?$/;

const ZAddressList = z.union([z.string(), z.array(z.string()).max(50)]);

export const ZSendEmailBody = z.object({
  from: z.string(),
  to: ZAddressList,
  subject: z.string(),
  html: z.string().optional(),
  text: z.string().optional(),
  cc: ZAddressList.optional(),
  bcc: ZAddressList.optional(),
  reply_to: ZAddressList.optional(),
  headers: z.record(z.string(), z.string()).optional(),
  tags: z.array(z.object({ name: z.string(), value: z.string() })).optional(),
});
export type SendEmailBody = z.infer<typeof ZSendEmailBody>;

const asList = (value: string | string[]) => (Array.isArray(value) ? value : [value]);

/** The error Resend answers for a body it refuses, or the parsed body. */
export function validateSendBody(
  raw: unknown,
): { ok: true; body: SendEmailBody } | { ok: false; error: ResendErrorBody } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, error: ERRORS.invalidJson };
  const fields = raw as Record<string, unknown>;
  for (const field of ['from', 'to', 'subject'] as const) {
    if (fields[field] === undefined || fields[field] === null || fields[field] === '')
      return { ok: false, error: resendError(422, 'missing_required_field', `Missing \`${field}\` field.`) };
  }
  const parsed = ZSendEmailBody.safeParse(raw);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'body');
    return { ok: false, error: resendError(422, 'validation_error', `Invalid \`${field}\` field.`) };
  }
  const body = parsed.data;
  if (!ADDRESS.test(body.from))
    return {
      ok: false,
      error: resendError(
        422,
        'validation_error',
        'Invalid `from` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.',
      ),
    };
  for (const field of ['to', 'cc', 'bcc', 'reply_to'] as const) {
    const value = body[field];
    if (value !== undefined && (asList(value).length === 0 || !asList(value).every((a) => ADDRESS.test(a))))
      return {
        ok: false,
        error: resendError(
          422,
          'validation_error',
          `Invalid \`${field}\` field. The email address needs to follow the \`email@example.com\` or \`Name <email@example.com>\` format.`,
        ),
      };
  }
  if (body.html === undefined && body.text === undefined)
    return {
      ok: false,
      error: resendError(422, 'missing_required_field', 'Missing `html` or `text` field.'),
    };
  return { ok: true, body };
}
