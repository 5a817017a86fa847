// Sets a fresh CSP nonce per request for pages. Only headers live here: authorization is in
// procedures and RLS, never in this file (a 2025 CVE let one header skip Next.js middleware).
// API routes answer JSON, not pages: they get a fixed deny-all CSP from next.config.js instead,
// which spares every tRPC call a pass through this function, unless its path holds a percent sign
// (checked below). So does /v1, the local Stripe stand-in's API (server/billing/local-stripe),
// never served in production.
import { type NextRequest, NextResponse } from 'next/server';

/** Whether every segment of a path is valid percent-encoding (Next fails decoding one with a 500). */
function decodable(pathname: string): boolean {
  try {
    for (const segment of pathname.split('/')) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

export function proxy(request: NextRequest) {
  if (!decodable(request.nextUrl.pathname)) return new NextResponse('Bad request', { status: 400 });
  // API and /v1 paths come here only when they hold a percent sign, for the check above.
  if (/^\/(api|v1)\//.test(request.nextUrl.pathname)) return NextResponse.next();
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const dev = process.env.NODE_ENV !== 'production';
  const csp = [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? ` 'unsafe-eval'` : ''}`,
    // React writes style attributes; inline styles cannot run code, so they are allowed.
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data:`,
    `font-src 'self'`,
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  matcher: [
    { source: '/((?!_next/static|_next/image|favicon.ico|api/|v1/).*)' },
    { source: '/((?:api|v1)/.*%.*)' },
  ],
};
