import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

describe('clientAddress', () => {
  it('without trusted proxies, is the socket peer whatever X-Forwarded-For says', () => {
    expect(clientAddress('198.51.100.9', '1.2.3.4', 0)).toBe('198.51.100.9');
    expect(clientAddress('198.51.100.9', '1.2.3.4, 5.6.7.8', 0)).toBe('198.51.100.9');
    expect(clientAddress('2001:db8::1', undefined, 0)).toBe('2001:db8::1');
  });

  it('writes an IPv4 peer of a dual-stack socket as IPv4', () => {
    expect(clientAddress('::ffff:127.0.0.1', undefined, 0)).toBe('127.0.0.1');
    expect(clientAddress('::1', undefined, 0)).toBe('::1');
  });

  it('with one trusted proxy, is the entry that proxy appended, never one the caller wrote', () => {
    expect(clientAddress('10.0.0.2', '203.0.113.7', 1)).toBe('203.0.113.7');
    expect(clientAddress('10.0.0.2', '1.1.1.1, 2.2.2.2, 203.0.113.7', 1)).toBe('203.0.113.7');
  });

  it('with two trusted proxies, is the second entry from the right', () => {
    expect(clientAddress('10.0.0.2', 'forged, 203.0.113.7, 10.0.0.1', 2)).toBe('203.0.113.7');
    expect(clientAddress('10.0.0.2', '203.0.113.7 ,10.0.0.1', 2)).toBe('203.0.113.7');
  });

  it('takes the leftmost entry when the list is shorter than the trusted hops', () => {
    expect(clientAddress('10.0.0.2', '203.0.113.7', 2)).toBe('203.0.113.7');
  });

  it('falls back to the peer when the header is missing, empty or its entry is not an address', () => {
    expect(clientAddress('10.0.0.2', undefined, 1)).toBe('10.0.0.2');
    expect(clientAddress('10.0.0.2', ' , ', 1)).toBe('10.0.0.2');
    expect(clientAddress('10.0.0.2', '1.2.3.4, unknown', 1)).toBe('10.0.0.2');
    expect(clientAddress('10.0.0.2', '1.2.3.4, 203.0.113.7:5555', 1)).toBe('10.0.0.2');
  });

  it('is null when even the peer is unknown', () => {
    expect(clientAddress(undefined, undefined, 0)).toBeNull();
    expect(clientAddress(undefined, 'garbage', 1)).toBeNull();
  });
});
