import type { RequestMeta } from '../services/actor';

/** Client address and agent for rate limits and the audit log. Assumes one trusted proxy in front. */
export function requestMetaFrom(headers: Headers): RequestMeta {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return {
    ip: forwarded || headers.get('x-real-ip') || null,
    userAgent: headers.get('user-agent')?.slice(0, 300) ?? null,
  };
}
