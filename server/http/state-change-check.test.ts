import { describe, expect, it } from 'vitest';
import { refuseStateChange, type StateChangeRequest } from './state-change-check';

const APP = 'https://app.ninefold.example';
const post = (target: string, headers: Partial<StateChangeRequest> = {}): StateChangeRequest => ({
  method: 'POST',
  target,
  host: 'app.ninefold.example',
  origin: undefined,
  secFetchSite: undefined,
  contentType: 'application/json',
  ...headers,
});
const CROSS_SITE = { status: 403, error: 'cross-origin-request' };

describe('refuseStateChange', () => {
  it('lets every read through, from anywhere', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS']) {
      const request = { ...post('/api/trpc/dashboard.caseload'), method, secFetchSite: 'cross-site' };
      expect(refuseStateChange(request, APP)).toBeNull();
    }
  });

  it('refuses a change sent by a page of another site or origin, whichever header says so', () => {
    for (const secFetchSite of ['cross-site', 'same-site']) {
      expect(refuseStateChange(post('/api/trpc/a.b', { secFetchSite }), APP)).toEqual(CROSS_SITE);
      expect(refuseStateChange({ ...post('/sign-in', { secFetchSite }), method: 'PUT' }, APP)).toEqual(
        CROSS_SITE,
      );
    }
    for (const origin of ['https://evil.example', 'http://app.ninefold.example.evil', 'null']) {
      expect(refuseStateChange(post('/api/trpc/a.b', { origin }), APP)).toEqual(CROSS_SITE);
      expect(refuseStateChange(post('/p/x/settings', { origin }), APP)).toEqual(CROSS_SITE);
    }
  });

  it('believes Sec-Fetch-Site over a matching Origin', () => {
    const request = post('/sign-in', { secFetchSite: 'cross-site', origin: APP });
    expect(refuseStateChange(request, APP)).toEqual(CROSS_SITE);
  });

  it('lets a same-origin change through, by Sec-Fetch-Site, by APP_URL or by the Host it was sent to', () => {
    expect(refuseStateChange(post('/api/trpc/a.b', { secFetchSite: 'same-origin' }), APP)).toBeNull();
    expect(refuseStateChange(post('/sign-in', { secFetchSite: 'none' }), APP)).toBeNull();
    expect(refuseStateChange(post('/sign-in', { origin: APP, host: 'internal:3000' }), APP)).toBeNull();
    expect(
      refuseStateChange(post('/sign-in', { origin: 'http://localhost:3100', host: 'localhost:3100' }), APP),
    ).toBeNull();
  });

  it('lets a caller that is not a browser through (no Origin, no Sec-Fetch-Site)', () => {
    expect(refuseStateChange(post('/api/trpc/a.b'), APP)).toBeNull();
    expect(
      refuseStateChange(post('/v1/customers', { contentType: 'application/x-www-form-urlencoded' }), APP),
    ).toBeNull();
  });

  it('lets webhooks and one-click unsubscribe through from anywhere, and nothing that only starts like them', () => {
    for (const path of ['/api/webhooks/stripe', '/api/webhooks/resend', '/api/unsubscribe']) {
      const request = post(path, { secFetchSite: 'cross-site', origin: 'https://mail.example' });
      expect(
        refuseStateChange({ ...request, contentType: 'multipart/form-data; boundary=x' }, APP),
      ).toBeNull();
      expect(refuseStateChange({ ...request, target: `${path}?token=t` }, APP)).toBeNull();
      expect(refuseStateChange({ ...request, target: `${path}/more` }, APP)).toEqual(CROSS_SITE);
    }
  });

  it('refuses a change whose path a parser would rewrite, so no exempt path can hide another route', () => {
    for (const target of [
      '/api/unsubscribe/../trpc/a.b',
      '/api/trpc/x\\..\\..\\unsubscribe',
      '/api/trpc/x/./a.b',
      'http://app.ninefold.example/api/trpc/a.b',
      '*',
    ]) {
      expect(refuseStateChange(post(target), APP), target).toEqual({ status: 400, error: 'unclear-path' });
    }
    // Encoded, the dots are one segment's name to every parser: a path of its own, not exempt.
    const encoded = post('/api/trpc/x/..%2f..%2funsubscribe', { secFetchSite: 'cross-site' });
    expect(refuseStateChange(encoded, APP)).toEqual(CROSS_SITE);
    expect(refuseStateChange({ ...post('/x/../y'), method: 'GET' }, APP)).toBeNull();
  });

  it('refuses a tRPC change that is not JSON, even from the same origin', () => {
    for (const contentType of [
      'multipart/form-data; boundary=x',
      'application/x-www-form-urlencoded',
      'text/plain',
      undefined,
    ]) {
      const request = post('/api/trpc/account.twoFactor.beginSetup', {
        secFetchSite: 'same-origin',
        contentType,
      });
      expect(refuseStateChange(request, APP)).toEqual({ status: 415, error: 'json-required' });
    }
    const json = post('/api/trpc/a.b,c.d', {
      secFetchSite: 'same-origin',
      contentType: 'Application/JSON; charset=utf-8',
    });
    expect(refuseStateChange(json, APP)).toBeNull();
    // A server action posts a form: only tRPC must be JSON.
    const action = post('/sign-in', {
      secFetchSite: 'same-origin',
      contentType: 'multipart/form-data; boundary=x',
    });
    expect(refuseStateChange(action, APP)).toBeNull();
  });
});
