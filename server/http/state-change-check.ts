// Which requests may change state. A browser sends Sec-Fetch-Site (every current one) or Origin
// (older ones) with every POST, and a page on another origin cannot remove them; so a request
// carrying the victim's cookies from elsewhere is recognisable, whatever its form. The order of
// checks follows Go's http.CrossOriginProtection. A request with neither header is not from a
// browser (a script, a mail provider, Stripe): it can only carry credentials it already holds, so
// it is let through.

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Prove themselves otherwise: the webhooks by signature, and one-click unsubscribe (RFC 8058) by
 * the signed token in its URL; it needs no session, and a mail provider may send it from anywhere.
 */
const EXEMPT_PATHS: ReadonlySet<string> = new Set([
  '/api/webhooks/stripe',
  '/api/webhooks/resend',
  '/api/unsubscribe',
]);

const TRPC_PATH = /^\/api\/trpc(\/|$)/;

export type StateChangeRequest = {
  method: string;
  /** The request target as sent: path and query. */
  target: string;
  host: string | undefined;
  origin: string | undefined;
  secFetchSite: string | undefined;
  contentType: string | undefined;
};

type Refusal =
  | { status: 400; error: 'unclear-path' }
  | { status: 403; error: 'cross-origin-request' }
  | { status: 415; error: 'json-required' };

/**
 * The path, when the target names it plainly: no dot segments, backslashes or anything else a
 * URL parser rewrites. A change must, so that this check and the router cannot see two paths.
 */
function plainPath(target: string): string | null {
  const path = target.split('?')[0] ?? '';
  if (!path.startsWith('/')) return null;
  return new URL(`http://request.invalid${path}`).pathname === path ? path : null;
}

function sameOrigin(request: StateChangeRequest, appOrigin: string): boolean {
  switch (request.secFetchSite) {
    case undefined:
    case '':
      break;
    // `none`: the person started it themselves (address bar, bookmark); no page can send that.
    case 'same-origin':
    case 'none':
      return true;
    default:
      return false;
  }
  if (!request.origin) return true;
  if (request.origin === appOrigin) return true;
  // Behind a proxy that keeps the Host header, the browser's origin names that host. Without the
  // scheme an http page could pass for https: HSTS (on in production) keeps browsers off http.
  return URL.canParse(request.origin) && new URL(request.origin).host === request.host;
}

/** Null when the request may go on; otherwise the answer to give instead. */
export function refuseStateChange(request: StateChangeRequest, appOrigin: string): Refusal | null {
  if (SAFE_METHODS.has(request.method)) return null;
  const path = plainPath(request.target);
  if (path === null) return { status: 400, error: 'unclear-path' };
  if (EXEMPT_PATHS.has(path)) return null;
  if (!sameOrigin(request, appOrigin)) return { status: 403, error: 'cross-origin-request' };
  // tRPC's own client always sends JSON; a form post is what a cross-site page could send.
  const mediaType = request.contentType?.split(';')[0]?.trim().toLowerCase();
  if (TRPC_PATH.test(path) && mediaType !== 'application/json') {
    return { status: 415, error: 'json-required' };
  }
  return null;
}
