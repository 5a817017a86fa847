import { CLIENT_ADDRESS_HEADER } from '../http/client-address';
import type { RequestMeta } from '../services/actor';

/**
 * Client address and agent for rate limits and the audit log. The address is the one the request
 * gate (server/http/request-gate.ts) worked out from the socket and TRUSTED_PROXY_HOPS; never a
 * header the caller wrote.
 */
export function requestMetaFrom(headers: Headers): RequestMeta {
  return {
    ip: headers.get(CLIENT_ADDRESS_HEADER) || null,
    userAgent: headers.get('user-agent')?.slice(0, 300) ?? null,
  };
}
