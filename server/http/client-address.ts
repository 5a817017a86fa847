// Which address a request comes from, for rate limits and the audit log. X-Forwarded-For is
// written by whoever sends the request: only the entries our own proxies appended can be
// believed, and those are the rightmost ones, one per proxy.
import { isIP } from 'node:net';

/** Set by the request gate from the socket, after deleting any copy the caller sent. */
export const CLIENT_ADDRESS_HEADER = 'x-ninefold-client-address';

/** `::ffff:203.0.113.7` (an IPv4 peer on a dual-stack socket) is written `203.0.113.7`. */
function plain(address: string): string {
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : '';
  return isIP(v4) === 4 ? v4 : address;
}

/**
 * `trustedProxyHops` 0: the socket's peer. N: the entry N from the right of X-Forwarded-For (the
 * address the outermost trusted proxy saw), or its leftmost entry when the list is shorter. The
 * peer again when the header is missing or that entry is not an IP address.
 */
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | undefined,
  trustedProxyHops: number,
): string | null {
  const fromPeer = peer && isIP(peer) ? plain(peer) : null;
  if (trustedProxyHops === 0) return fromPeer;
  const entries = (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return fromPeer;
  const entry = entries[Math.max(0, entries.length - trustedProxyHops)] ?? '';
  return isIP(entry) ? plain(entry) : fromPeer;
}
