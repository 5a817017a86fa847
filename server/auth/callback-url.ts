// Auth.js checks the callbackUrl a request carries (query parameter or its cookie) and, when it is
// not an http(s) URL, answers 500 "server configuration": the caller's mistake read as ours.
// The auth route refuses such requests with 400 first, by the same rule Auth.js applies.
const CALLBACK_COOKIES = ['authjs.callback-url', '__Secure-authjs.callback-url'];

function isHttpUrl(value: string, base: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith('/') ? base : undefined).protocol);
  } catch {
    return false;
  }
}

function cookieValues(header: string | null, names: string[]): string[] {
  if (!header) return [];
  return header.split(';').flatMap((pair) => {
    const at = pair.indexOf('=');
    const name = pair.slice(0, at).trim();
    if (at < 0 || !names.includes(name)) return [];
    const raw = pair.slice(at + 1).trim();
    try {
      return [decodeURIComponent(raw)];
    } catch {
      return [raw];
    }
  });
}

/** True when Auth.js would refuse the request's callback URL as a configuration error. */
export function hasInvalidCallbackUrl(request: Request): boolean {
  const url = new URL(request.url);
  const candidates = [
    ...url.searchParams.getAll('callbackUrl'),
    ...cookieValues(request.headers.get('cookie'), CALLBACK_COOKIES),
  ];
  return candidates.some((value) => value !== '' && !isHttpUrl(value, url.origin));
}
