// The one function every request passes before Next.js sees it (server-cli.ts): it says where
// the request comes from, refuses changes from other origins, and keeps answers out of caches.
// Next.js itself only fills X-Forwarded-For when the caller has not, and proxy.ts runs for pages
// alone and must never decide access (CVE-2025-29927), so none of this can live further in.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { CLIENT_ADDRESS_HEADER, clientAddress } from './client-address';
import { refuseStateChange } from './state-change-check';

export type GateSettings = { appOrigin: string; trustedProxyHops: number };

const PRIVATE_NO_STORE = 'private, no-store';
/** Content-hashed build output, the same for everyone: the only answers a cache may keep. */
const STATIC_ASSETS = '/_next/static/';

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(', ') : value);

/**
 * Every answer says `private, no-store`, whatever Next.js or a route handler set: it is decided
 * as the headers go out, where headers passed to writeHead would otherwise win over setHeader.
 */
function keepOutOfCaches(res: ServerResponse) {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const headers = args.find((arg) => typeof arg === 'object' && arg !== null) as
      | OutgoingHttpHeaders
      | unknown[]
      | undefined;
    if (Array.isArray(headers)) {
      for (let i = headers.length - 2; i >= 0; i -= 2) {
        if (String(headers[i]).toLowerCase() === 'cache-control') headers.splice(i, 2);
      }
    } else if (headers) {
      for (const name of Object.keys(headers))
        if (name.toLowerCase() === 'cache-control') delete headers[name];
    }
    this.setHeader('Cache-Control', PRIVATE_NO_STORE);
    return writeHead.apply(this, args as Parameters<ServerResponse['writeHead']>);
  } as ServerResponse['writeHead'];
}

/** True when the gate has answered the request itself (a refusal); Next.js must not run then. */
export function gateRequest(req: IncomingMessage, res: ServerResponse, settings: GateSettings): boolean {
  const target = req.url ?? '/';
  // Whatever the caller sent under this name is dropped: only this line writes it.
  delete req.headers[CLIENT_ADDRESS_HEADER];
  const address = clientAddress(
    req.socket.remoteAddress,
    single(req.headers['x-forwarded-for']),
    settings.trustedProxyHops,
  );
  if (address) req.headers[CLIENT_ADDRESS_HEADER] = address;

  const base = 'http://request.invalid';
  const pathname = URL.canParse(target, base) ? new URL(target, base).pathname : target;
  if (!pathname.startsWith(STATIC_ASSETS)) keepOutOfCaches(res);

  const refusal = refuseStateChange(
    {
      method: req.method ?? 'GET',
      target,
      host: req.headers.host,
      origin: single(req.headers.origin),
      secFetchSite: single(req.headers['sec-fetch-site']),
      contentType: req.headers['content-type'],
    },
    settings.appOrigin,
  );
  if (!refusal) return false;
  res.writeHead(refusal.status, { 'Content-Type': 'application/json', 'X-Content-Type-Options': 'nosniff' });
  res.end(JSON.stringify({ error: refusal.error }));
  return true;
}
