// The gate on a real socket, with a stand-in for Next.js that reports what reached it.
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { CLIENT_ADDRESS_HEADER } from './client-address';
import { type GateSettings, gateRequest } from './request-gate';

type Answer = { status: number; headers: IncomingHttpHeaders; body: string };

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** Starts the gate in front of a handler that answers what address it was given. */
async function gated(settings: Partial<GateSettings>, cacheControl = 'public, max-age=3600') {
  const reached: string[] = [];
  server = createServer((req, res) => {
    const gate = { appOrigin: 'http://app.test', trustedProxyHops: 0, ...settings };
    if (gateRequest(req, res, gate)) return;
    reached.push(req.url ?? '');
    res.setHeader('Cache-Control', cacheControl);
    if (req.url?.includes('write-head')) res.writeHead(200, { 'cache-control': cacheControl });
    res.end(String(req.headers[CLIENT_ADDRESS_HEADER] ?? 'none'));
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const send = (method: string, path: string, headers: Record<string, string> = {}) =>
    new Promise<Answer>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (res) => {
        let body = '';
        res.on('data', (chunk) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    });
  return { send, reached };
}

describe('the request gate', () => {
  it('gives the app the socket peer as the client address, whatever the caller wrote', async () => {
    const { send } = await gated({ trustedProxyHops: 0 });
    const answer = await send('GET', '/sign-in', {
      'X-Forwarded-For': '6.6.6.6',
      'X-Real-IP': '7.7.7.7',
      [CLIENT_ADDRESS_HEADER]: '8.8.8.8',
    });
    expect(answer.body).toBe('127.0.0.1');
  });

  it('with one trusted proxy, takes the entry that proxy appended', async () => {
    const { send } = await gated({ trustedProxyHops: 1 });
    const answer = await send('GET', '/sign-in', {
      'X-Forwarded-For': '6.6.6.6, 203.0.113.7',
      [CLIENT_ADDRESS_HEADER]: '8.8.8.8',
    });
    expect(answer.body).toBe('203.0.113.7');
  });

  it('answers a cross-origin change itself, and the app never sees it', async () => {
    const { send, reached } = await gated({});
    const answer = await send('POST', '/api/trpc/account.twoFactor.beginSetup', {
      Origin: 'https://evil.example',
      'Content-Type': 'application/json',
    });
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body)).toEqual({ error: 'cross-origin-request' });
    expect(answer.headers['cache-control']).toBe('private, no-store');
    const form = await send('POST', '/api/trpc/account.twoFactor.beginSetup', {
      Origin: 'http://app.test',
      'Content-Type': 'multipart/form-data; boundary=x',
    });
    expect(form.status).toBe(415);
    expect(reached).toEqual([]);
    const sameOrigin = await send('POST', '/api/trpc/account.twoFactor.beginSetup', {
      Origin: 'http://app.test',
      'Content-Type': 'application/json',
    });
    expect(sameOrigin.status).toBe(200);
    expect(reached).toEqual(['/api/trpc/account.twoFactor.beginSetup']);
  });

  it('makes every answer private and unstored, however the app set its headers', async () => {
    const { send } = await gated({});
    for (const path of ['/p/x/caseload', '/api/trpc/dashboard.caseload?write-head', '/_next/static/../p/x']) {
      expect((await send('GET', path)).headers['cache-control'], path).toBe('private, no-store');
    }
  });

  it('leaves content-hashed build output cacheable', async () => {
    const { send } = await gated({}, 'public, max-age=31536000, immutable');
    const answer = await send('GET', '/_next/static/chunks/app-1234.js');
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});
