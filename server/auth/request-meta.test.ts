import { describe, expect, it } from 'vitest';
import { CLIENT_ADDRESS_HEADER } from '../http/client-address';
import { requestMetaFrom } from './request-meta';

describe('requestMetaFrom', () => {
  it('takes the address the request gate set, never one the caller wrote', () => {
    const headers = new Headers({
      'x-forwarded-for': '6.6.6.6',
      'x-real-ip': '7.7.7.7',
      [CLIENT_ADDRESS_HEADER]: '203.0.113.7',
      'user-agent': 'Firefox',
    });
    expect(requestMetaFrom(headers)).toEqual({ ip: '203.0.113.7', userAgent: 'Firefox' });
  });

  it('has no address when the gate set none, whatever X-Forwarded-For says', () => {
    expect(requestMetaFrom(new Headers({ 'x-forwarded-for': '6.6.6.6', 'x-real-ip': '7.7.7.7' }))).toEqual({
      ip: null,
      userAgent: null,
    });
  });
});
