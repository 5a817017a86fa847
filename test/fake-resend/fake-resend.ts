// A Resend stand-in for tests: speaks POST /emails as Resend does (bearer key, body validation,
// Idempotency-Key with its 24-hour memory and its two 409s) and injects faults from a seeded random,
// so a test can count exactly which messages were delivered, and how often.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { seededRandom } from './seeded-random';
import { ERRORS, type ResendErrorBody, type SendEmailBody, validateSendBody } from './wire';

export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;

export type FakeResendFaults = {
  /** Share (0..1) of requests answered 500 internal_server_error before anything is done. */
  serverError?: number;
  /** Share (0..1) of requests answered 429 rate_limit_exceeded before anything is done. */
  rateLimit?: number;
  /** Share (0..1) of successful answers lost: the message is delivered (or replayed), then the socket is destroyed. */
  responseLost?: number;
};

export type FakeResendOptions = {
  /** The key callers must send as `Authorization: Bearer <key>`. */
  apiKey?: string;
  /** Seeds the fault draws, so a failing run replays. */
  seed?: number;
  faults?: FakeResendFaults;
  /** 0 (default) picks a free port. */
  port?: number;
  /** The clock the 24-hour idempotency window is measured on. */
  now?: () => number;
  /**
   * Awaited while a keyed send is in flight, before it is delivered: a test can hold one here to see
   * a second send with the same key answered 409 concurrent_idempotent_requests. Throwing answers 500.
   */
  beforeDeliver?: (idempotencyKey: string | null) => Promise<void> | void;
};

export type FakeDelivery = {
  id: string;
  idempotencyKey: string | null;
  from: string;
  to: string[];
  subject: string;
  html: string | undefined;
  text: string | undefined;
  headers: Record<string, string>;
  deliveredAt: number;
};

export type FakeResendStats = {
  /** Every HTTP request received. */
  requests: number;
  /** Messages delivered; equals `deliveries.length`. */
  delivered: number;
  /** Sends answered with the first id of their key, delivering nothing. */
  replayed: number;
  /** Successful answers destroyed before they were written (the message was delivered or replayed). */
  responsesLost: number;
  serverErrors: number;
  rateLimited: number;
  /** 409 answers: a key in flight, or a key reused with another payload. */
  conflicts: number;
  /** Other refusals: authorization, validation, unknown path or method. */
  rejected: number;
};

/** Every POST /emails that carried one idempotency key, counted as it arrived (before repeats are removed). */
export type KeySends = {
  /** Requests received with the key. */
  posts: number;
  /** Of those, answered with an error (500, 429, 409, a refusal): the sender knows to try again. */
  refused: number;
  /** Of those, never answered in full: the answer was lost, or the sender gave up waiting. */
  unanswered: number;
};

export type FakeResend = {
  url: string;
  apiKey: string;
  /** Every delivery in order; a key appears twice only if it was sent again after its 24 hours. */
  readonly deliveries: readonly FakeDelivery[];
  readonly stats: Readonly<FakeResendStats>;
  /** Same as stats.requests. */
  readonly requests: number;
  /** How many times messages with this idempotency key were delivered. */
  deliveryCount(idempotencyKey: string): number;
  /** Keys delivered more than once. */
  duplicateKeys(): string[];
  /** The raw sends of a key, so a test can bound them by what made the sender repeat itself. */
  sendsOf(idempotencyKey: string): KeySends;
  /** Changes the fault rates from the next request on (e.g. all zero to drain at the end of a test). */
  setFaults(faults: FakeResendFaults): void;
  stop(): Promise<void>;
};

type KeyRecord =
  | { fingerprint: string; at: number; state: 'in-flight' }
  | { fingerprint: string; at: number; state: 'done'; id: string };

export async function startFakeResend(options: FakeResendOptions = {}): Promise<FakeResend> {
  const apiKey = options.apiKey ?? 're_test_fake_resend_key';
  const now = options.now ?? Date.now;
  const random = seededRandom(options.seed ?? 1);
  let faults: Required<FakeResendFaults> = {
    serverError: 0,
    rateLimit: 0,
    responseLost: 0,
    ...options.faults,
  };
  const stats: FakeResendStats = {
    requests: 0,
    delivered: 0,
    replayed: 0,
    responsesLost: 0,
    serverErrors: 0,
    rateLimited: 0,
    conflicts: 0,
    rejected: 0,
  };
  const deliveries: FakeDelivery[] = [];
  const perKey = new Map<string, number>();
  const sendsPerKey = new Map<string, KeySends>();
  const keys = new Map<string, KeyRecord>();

  const fail = (res: ServerResponse, error: ResendErrorBody, headers: Record<string, string> = {}) => {
    if (error.statusCode === 409) stats.conflicts++;
    else if (error.statusCode === 429) stats.rateLimited++;
    else if (error.statusCode >= 500) stats.serverErrors++;
    else stats.rejected++;
    json(res, error.statusCode, error, headers);
  };

  /** Answers a send's id, unless this answer is drawn to be lost on the way. */
  const succeed = (res: ServerResponse, id: string) => {
    if (random() < faults.responseLost) {
      stats.responsesLost++;
      res.socket?.destroy();
      return;
    }
    json(res, 200, { id });
  };

  const deliver = (key: string | null, body: SendEmailBody): string => {
    const delivery: FakeDelivery = {
      id: randomUUID(),
      idempotencyKey: key,
      from: body.from,
      to: Array.isArray(body.to) ? body.to : [body.to],
      subject: body.subject,
      html: body.html,
      text: body.text,
      headers: body.headers ?? {},
      deliveredAt: now(),
    };
    deliveries.push(delivery);
    stats.delivered++;
    if (key !== null) perKey.set(key, (perKey.get(key) ?? 0) + 1);
    return delivery.id;
  };

  /** Counts a keyed send now, and how its answer went once the exchange is over. */
  const countSend = (key: string, res: ServerResponse) => {
    const sends = sendsPerKey.get(key) ?? { posts: 0, refused: 0, unanswered: 0 };
    sendsPerKey.set(key, sends);
    sends.posts++;
    res.once('close', () => {
      if (!res.writableFinished) sends.unanswered++;
      else if (res.statusCode >= 300) sends.refused++;
    });
  };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    stats.requests++;
    const path = (req.url ?? '/').split('?')[0];
    if (path !== '/emails') return fail(res, ERRORS.notFound);
    if (req.method !== 'POST') return fail(res, ERRORS.methodNotAllowed);
    const raw = await readBody(req);

    const authorization = req.headers.authorization;
    if (!authorization?.startsWith('Bearer ') || authorization.length <= 'Bearer '.length)
      return fail(res, ERRORS.missingApiKey);
    if (authorization !== `Bearer ${apiKey}`) return fail(res, ERRORS.invalidApiKey);

    const header = req.headers['idempotency-key'];
    const key = typeof header === 'string' ? header : null;
    if (key !== null) countSend(key, res);

    const draw = random();
    if (draw < faults.serverError) return fail(res, ERRORS.internal);
    if (draw < faults.serverError + faults.rateLimit)
      return fail(res, ERRORS.rateLimited, {
        'retry-after': '1',
        'ratelimit-limit': '2',
        'ratelimit-remaining': '0',
        'ratelimit-reset': '1',
      });

    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return fail(res, ERRORS.invalidJson);
    }
    if (key !== null && (key.length < 1 || key.length > 256)) return fail(res, ERRORS.invalidIdempotencyKey);
    const valid = validateSendBody(parsed);
    if (!valid.ok) return fail(res, valid.error);

    if (key === null) return succeed(res, deliver(null, valid.body));

    const fingerprint = stableJson(parsed);
    const known = keys.get(key);
    if (known && now() - known.at < IDEMPOTENCY_WINDOW_MS) {
      if (known.fingerprint !== fingerprint) return fail(res, ERRORS.invalidIdempotentRequest);
      if (known.state === 'in-flight') return fail(res, ERRORS.concurrentIdempotentRequests);
      stats.replayed++;
      return succeed(res, known.id);
    }
    const at = now();
    keys.set(key, { fingerprint, at, state: 'in-flight' });
    try {
      await options.beforeDeliver?.(key);
    } catch {
      // Nothing was sent, so Resend keeps no answer for the key: a retry is processed afresh.
      keys.delete(key);
      return fail(res, ERRORS.internal);
    }
    const id = deliver(key, valid.body);
    keys.set(key, { fingerprint, at, state: 'done', id });
    succeed(res, id);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) json(res, 500, ERRORS.internal);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    deliveries,
    stats,
    get requests() {
      return stats.requests;
    },
    deliveryCount: (key) => perKey.get(key) ?? 0,
    duplicateKeys: () => [...perKey].filter(([, count]) => count > 1).map(([key]) => key),
    sendsOf: (key) => ({ posts: 0, refused: 0, unanswered: 0, ...sendsPerKey.get(key) }),
    setFaults(next) {
      faults = { serverError: 0, rateLimit: 0, responseLost: 0, ...next };
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        if (!server.listening) return resolve();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** JSON with object keys sorted, so the same payload compares equal whatever its key order. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
