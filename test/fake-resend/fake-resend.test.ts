// The fake's wire format and bookkeeping, seen the way any HTTP client sees them.
import { afterEach, describe, expect, it } from 'vitest';
import {
  type FakeResend,
  type FakeResendOptions,
  IDEMPOTENCY_WINDOW_MS,
  startFakeResend,
} from './fake-resend';

let fake: FakeResend | undefined;
afterEach(async () => {
  await fake?.stop();
  fake = undefined;
});

async function setUp(options: FakeResendOptions = {}) {
  fake = await startFakeResend(options);
  return fake;
}

const body = (overrides: Record<string, unknown> = {}) => ({
  from: 'Practice <nudges@ninefold.test>',
  to: ['robin@example.test'],
  subject: 'Something is waiting',
  text: 'Something is waiting.',
  ...overrides,
});

async function post(f: FakeResend, payload: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${f.url}/emails`, {
    method: 'POST',
    headers: { authorization: `Bearer ${f.apiKey}`, 'content-type': 'application/json', ...headers },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('startFakeResend', () => {
  it('answers a delivered message with its id and records it', async () => {
    const f = await setUp();
    const { status, json } = await post(f, body(), { 'idempotency-key': 'k1' });
    expect(status).toBe(200);
    expect(Object.keys(json)).toEqual(['id']);
    expect(f.deliveries).toMatchObject([{ id: json.id, idempotencyKey: 'k1', to: ['robin@example.test'] }]);
  });

  it('refuses a missing key with 401 and a wrong one with 403, in Resend’s error shape', async () => {
    const f = await setUp();
    const missing = await fetch(`${f.url}/emails`, { method: 'POST', body: JSON.stringify(body()) });
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({
      statusCode: 401,
      name: 'missing_api_key',
      message: expect.any(String),
    });
    const wrong = await post(f, body(), { authorization: 'Bearer re_other' });
    expect(wrong).toEqual({
      status: 403,
      json: { statusCode: 403, name: 'invalid_api_key', message: 'API key is invalid' },
    });
    expect(f.stats).toMatchObject({ requests: 2, rejected: 2, delivered: 0 });
  });

  it('validates the body: missing fields, malformed addresses, no body text, unreadable JSON', async () => {
    const f = await setUp();
    expect(await post(f, body({ to: undefined }))).toEqual({
      status: 422,
      json: { statusCode: 422, name: 'missing_required_field', message: 'Missing `to` field.' },
    });
    const badTo = await post(f, body({ to: 'nobody' }));
    expect(badTo.status).toBe(422);
    expect(badTo.json).toMatchObject({ statusCode: 422, name: 'validation_error' });
    expect(String(badTo.json.message)).toMatch(/^Invalid `to` field/);
    expect((await post(f, body({ from: 'nudges' }))).json).toMatchObject({ name: 'validation_error' });
    expect((await post(f, body({ text: undefined }))).json).toMatchObject({ name: 'missing_required_field' });
    expect((await post(f, '{not json')).status).toBe(400);
    expect((await post(f, body(), { 'idempotency-key': 'x'.repeat(257) })).json).toMatchObject({
      statusCode: 400,
      name: 'invalid_idempotency_key',
    });
    expect(f.deliveries).toHaveLength(0);
  });

  it('answers unknown paths 404 and other methods 405', async () => {
    const f = await setUp();
    expect((await fetch(`${f.url}/domains`)).status).toBe(404);
    const get = await fetch(`${f.url}/emails`, { headers: { authorization: `Bearer ${f.apiKey}` } });
    expect(get.status).toBe(405);
    expect(await get.json()).toMatchObject({ name: 'method_not_allowed' });
  });

  it('replays a key with the same payload, refuses it with another, and forgets it after 24 hours', async () => {
    let clock = Date.UTC(2026, 0, 1);
    const f = await setUp({ now: () => clock });
    const first = await post(f, body(), { 'idempotency-key': 'k' });
    // The same payload with its keys in another order is the same payload.
    const reordered = Object.fromEntries(Object.entries(body()).reverse());
    expect(await post(f, reordered, { 'idempotency-key': 'k' })).toEqual(first);
    expect(await post(f, body({ subject: 'Other' }), { 'idempotency-key': 'k' })).toEqual({
      status: 409,
      json: { statusCode: 409, name: 'invalid_idempotent_request', message: expect.any(String) },
    });
    expect(f.deliveryCount('k')).toBe(1);
    clock += IDEMPOTENCY_WINDOW_MS;
    const later = await post(f, body(), { 'idempotency-key': 'k' });
    expect(later.json.id).not.toBe(first.json.id);
    expect(f.deliveryCount('k')).toBe(2);
    expect(f.duplicateKeys()).toEqual(['k']);
    expect(f.stats).toMatchObject({ delivered: 2, replayed: 1, conflicts: 1 });
  });

  it('counts every send of a key as it arrives, with the ones refused and the ones left unanswered', async () => {
    const f = await setUp({ seed: 3 });
    await post(f, body(), { 'idempotency-key': 'k' });
    await post(f, body(), { 'idempotency-key': 'k' });
    await post(f, body({ subject: 'Other' }), { 'idempotency-key': 'k' });
    f.setFaults({ responseLost: 1 });
    await expect(post(f, body(), { 'idempotency-key': 'k' })).rejects.toThrow();
    f.setFaults({ serverError: 1 });
    expect((await post(f, body(), { 'idempotency-key': 'k' })).status).toBe(500);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Five sends, one delivery: the stand-in removed the repeats, the count did not.
    expect(f.sendsOf('k')).toEqual({ posts: 5, refused: 2, unanswered: 1 });
    expect(f.deliveryCount('k')).toBe(1);
    expect(f.sendsOf('never')).toEqual({ posts: 0, refused: 0, unanswered: 0 });
  });

  it('delivers every send without a key', async () => {
    const f = await setUp();
    await post(f, body());
    await post(f, body());
    expect(f.deliveries.map((d) => d.idempotencyKey)).toEqual([null, null]);
    expect(f.duplicateKeys()).toEqual([]);
  });

  it('answers 409 concurrent_idempotent_requests while the first send of a key is in flight', async () => {
    let release = () => {};
    let entered = () => {};
    const inFlight = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const f = await setUp({
      beforeDeliver: () => {
        entered();
        return new Promise<void>((resolve) => {
          release = resolve;
        });
      },
    });
    const first = post(f, body(), { 'idempotency-key': 'k' });
    await inFlight;
    expect((await post(f, body(), { 'idempotency-key': 'k' })).json).toMatchObject({
      statusCode: 409,
      name: 'concurrent_idempotent_requests',
    });
    release();
    expect((await first).status).toBe(200);
    expect(f.deliveryCount('k')).toBe(1);
  });

  it('injects faults from its seed: the same seed gives the same answers, and counts each kind', async () => {
    const run = async () => {
      const f = await setUp({ seed: 42, faults: { serverError: 0.2, rateLimit: 0.2, responseLost: 0.2 } });
      const outcomes: string[] = [];
      for (let i = 0; i < 60; i++) {
        const sent = await fetch(`${f.url}/emails`, {
          method: 'POST',
          headers: { authorization: `Bearer ${f.apiKey}`, 'idempotency-key': `k${i}` },
          body: JSON.stringify(body()),
        }).then(
          (r) => String(r.status),
          () => 'lost',
        );
        outcomes.push(sent);
      }
      const stats = { ...f.stats };
      const delivered = f.deliveries.length;
      await f.stop();
      return { outcomes, stats, delivered };
    };
    const [one, two] = [await run(), await run()];
    expect(two.outcomes).toEqual(one.outcomes);
    const count = (o: string) => one.outcomes.filter((x) => x === o).length;
    expect(one.stats).toMatchObject({
      requests: 60,
      serverErrors: count('500'),
      rateLimited: count('429'),
      responsesLost: count('lost'),
      delivered: count('200') + count('lost'),
    });
    expect(one.delivered).toBe(one.stats.delivered);
    for (const kind of ['500', '429', '200', 'lost']) expect(count(kind)).toBeGreaterThan(0);
  });
});
