// Everything the HTTP fuzz calls: every tRPC procedure (read from the router, as the in-process
// fuzz does), every page and route handler the build lists, and every server action the build
// holds. Each target says who calls it and draws its requests from one arbitrary.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import fc from 'fast-check';
import { Webhook } from 'standardwebhooks';
import { arbitraryFrom } from '@/test/arbitrary-from-zod';
import { exampleInput } from '@/test/input-from-zod';
import { allProcedures, type ProcedureInfo } from '@/test/procedures';
import { E2E_RESEND_WEBHOOK_SECRET } from '../resend-webhook';
import type { Role } from './people';
import { fieldText, type IdPool, junk, queryString, rawWire, segment } from './values';
import {
  type ActionCall,
  type Answer,
  anyText,
  browserHeaders,
  callServerAction,
  callTrpc,
  type TrpcBody,
} from './wire';

type Target = {
  name: string;
  callers: readonly Role[];
  /** Builds one request's description, then sends it. */
  arbitrary: fc.Arbitrary<(request: APIRequestContext) => Promise<Answer>>;
};

const EVERYONE: readonly Role[] = ['owner', 'admin', 'counselor', 'client', 'signed-out'];
const SIGNED_OUT: readonly Role[] = ['signed-out'];

type World = { baseURL: string; practiceId: string; pool: IdPool };

/** The build the server runs (NEXT_DIST_DIR, as next.config.js reads it). */
function buildManifest<T>(file: string): T {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  return JSON.parse(readFileSync(path.join(distDir, 'server', file), 'utf8')) as T;
}

export function allTargets(world: World): Target[] {
  return [
    ...allProcedures().map((p) => trpcTarget(world, p)),
    ...routeTargets(world),
    ...actionTargets(world),
  ];
}

/** Mostly the caller's own practice; sometimes another, a malformed one or none. */
function practiceHint(world: World, ids: fc.Arbitrary<string>): fc.Arbitrary<string | null> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.constant(world.practiceId) },
    {
      weight: 2,
      arbitrary: fc.oneof(
        fc.constantFrom(null, '', world.practiceId.toUpperCase(), ` ${world.practiceId}`),
        ids,
        fc.string({ maxLength: 40 }),
      ),
    },
  );
}

function trpcTarget(world: World, procedure: ProcedureInfo): Target {
  const ids = world.pool.arbitrary();
  const { input } = procedure;
  const value: fc.Arbitrary<unknown> = input
    ? fc.oneof(
        {
          weight: 2,
          arbitrary: fc
            .tuple(ids, fc.boolean())
            .map(([uuid, withOptional]) => exampleInput(input, { uuid, withOptional })),
        },
        { weight: 4, arbitrary: arbitraryFrom(input, { uuid: ids }) },
        { weight: 3, arbitrary: arbitraryFrom(input, { uuid: ids, junk: junk(ids) }) },
        { weight: 1, arbitrary: junk(ids) },
      )
    : fc.oneof(fc.constant(undefined), junk(ids));
  const body: fc.Arbitrary<TrpcBody> = fc.oneof(
    {
      weight: 9,
      arbitrary: fc.record({
        kind: fc.constant('value' as const),
        value,
        practiceId: practiceHint(world, ids),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('raw' as const),
        raw: rawWire,
        practiceId: practiceHint(world, ids),
      }),
    },
  );
  return {
    name: `trpc ${procedure.path}`,
    callers: EVERYONE,
    arbitrary: body.map(
      (b) => (request) => callTrpc(request, world.baseURL, procedure.path, procedure.type, b),
    ),
  };
}

/** Route patterns of the build, e.g. `/p/[practiceId]/couples/[coupleId]`. */
function routePatterns(): { pattern: string; handler: boolean }[] {
  const routes = buildManifest<Record<string, string>>('../app-path-routes-manifest.json');
  return Object.entries(routes)
    .filter(([, pattern]) => !/^\/(api\/trpc|_global-error|_not-found|v1)\b/.test(pattern))
    .map(([source, pattern]) => ({ pattern, handler: source.endsWith('/route') }));
}

function concretePath(world: World, pattern: string, ids: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const parts = pattern.split('/').map((part): fc.Arbitrary<string> => {
    if (part === '[practiceId]')
      return fc.oneof(
        { weight: 8, arbitrary: fc.constant(world.practiceId) },
        { weight: 2, arbitrary: segment(ids) },
      );
    if (part === '[source]') return fc.oneof(fc.constantFrom('library', 'practice'), segment(ids));
    if (part === '[...nextauth]')
      return fc.oneof(
        fc.constantFrom(
          'session',
          'csrf',
          'providers',
          'signin',
          'signout',
          'error',
          'verify-request',
          'callback/password',
          'callback/magic-link',
          'signin/password',
          'webauthn-options/x',
        ),
        segment(ids),
      );
    if (part.startsWith('[')) return segment(ids);
    return fc.constant(part);
  });
  return fc.tuple(...parts).map((segments) => segments.join('/'));
}

function routeTargets(world: World): Target[] {
  const ids = world.pool.arbitrary();
  return routePatterns().flatMap(({ pattern, handler }): Target[] => {
    const url = fc.tuple(concretePath(world, pattern, ids), queryString(ids)).map(([p, q]) => p + q);
    const get: Target = {
      name: `GET ${pattern}`,
      callers: pattern.startsWith('/api/webhooks') ? SIGNED_OUT : EVERYONE,
      arbitrary: url.map((u) => (request) => send(request, world, 'GET', u)),
    };
    if (!handler) return [get];
    const formField = fc.tuple(fc.constantFrom('List-Unsubscribe', 'token', 'email', 'x'), fieldText(ids));
    const form = fc.array(formField, { maxLength: 3 });
    const bodies = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }).map((data) => ({ data, type: 'application/json' })),
      fc
        .constantFrom(
          '{',
          '[]',
          'null',
          '{"type":"email.bounced","data":{}}',
          '{"id":"evt_1","object":"event"}',
        )
        .map((data) => ({ data, type: 'application/json' })),
      fc
        .tuple(fc.constantFrom(['List-Unsubscribe', 'One-Click'] as [string, string]), form)
        .map(([first, rest]) => ({
          data: new URLSearchParams([first, ...rest]).toString(),
          type: 'application/x-www-form-urlencoded',
        })),
      junk(ids).map((value) => ({ data: safeStringify(value), type: 'application/json' })),
    );
    const post: Target = {
      name: `POST ${pattern}`,
      callers: pattern.startsWith('/api/webhooks') ? SIGNED_OUT : EVERYONE,
      arbitrary: fc.tuple(url, bodies, webhookHeaders(pattern, ids)).map(
        ([u, b, headers]) =>
          (request) =>
            send(request, world, 'POST', u, b, headers(b.data)),
      ),
    };
    return [get, post];
  });
}

let webhookSerial = 0;

/** Webhook signatures: none, forged, or (Resend, whose test secret the e2e server uses) valid. */
function webhookHeaders(pattern: string, ids: fc.Arbitrary<string>) {
  type Headers = (body: string) => Record<string, string>;
  // Header values as HTTP carries them: visible ASCII.
  const text = fc.oneof(
    fc.stringMatching(/^[\x21-\x7e]{0,60}$/),
    ids,
    fc.constantFrom('v1,', 'v1,x', '0', '-1'),
  );
  const forged = fc.record({ id: text, timestamp: text, signature: text }).map(
    (h): Headers =>
      () => ({
        'svix-id': h.id,
        'svix-timestamp': h.timestamp,
        'svix-signature': h.signature,
        'stripe-signature': `t=${h.timestamp},v1=${h.signature}`,
      }),
  );
  const none = fc.constant<Headers>(() => ({}));
  if (pattern !== '/api/webhooks/resend') return fc.oneof(none, forged);
  const signed = fc.constant<Headers>((body) => {
    const id = `msg_fuzz_${++webhookSerial}`;
    const at = new Date();
    return {
      'svix-id': id,
      'svix-timestamp': String(Math.floor(at.getTime() / 1000)),
      'svix-signature': new Webhook(E2E_RESEND_WEBHOOK_SECRET).sign(id, at, body),
    };
  });
  return fc.oneof(none, forged, signed, signed);
}

async function send(
  request: APIRequestContext,
  world: World,
  method: 'GET' | 'POST',
  url: string,
  body?: { data: string; type: string },
  headers: Record<string, string> = {},
): Promise<Answer> {
  const all = {
    ...browserHeaders(world.baseURL),
    ...(body ? { 'content-type': body.type } : {}),
    ...headers,
  };
  const r = await request.fetch(url, { method, headers: all, data: body?.data, maxRedirects: 0 });
  const text = await r.text().catch(() => '');
  return { sent: { method, url, body: body?.data }, status: r.status(), text };
}

type ActionManifest = {
  node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
};

/** The fields the app's forms use, and some they do not. */
const FIELD_NAMES = [
  'email',
  'password',
  'name',
  'practiceName',
  'token',
  'code',
  'recoveryCode',
  'callbackUrl',
  'sessionId',
  'seats',
  'action',
  'plan',
  'category',
  'redirectTo',
  'x',
];

function actionTargets(world: World): Target[] {
  const ids = world.pool.arbitrary();
  const manifest = buildManifest<ActionManifest>('server-reference-manifest.json');
  return Object.entries(manifest.node).map(([id, entry]) => {
    const [worker = 'app/page'] = Object.keys(entry.workers);
    // app/(auth)/sign-in/page -> /sign-in: the page the action is posted to, as its form would.
    const pattern = `/${worker.replace(/^app\//, '').replace(/\/?page$/, '')}`
      .split('/')
      .filter((part) => !/^\(.*\)$/.test(part))
      .join('/');
    const page = concretePath(world, pattern || '/', ids);
    const fields = fc.array(fc.tuple(fc.constantFrom(...FIELD_NAMES), fieldText(ids)), { maxLength: 6 });
    const args: fc.Arbitrary<ActionCall['args']> = fc.oneof(
      {
        weight: 3,
        arbitrary: fc.record({
          kind: fc.constant('form' as const),
          previous: fc.oneof(fc.constant({}), fc.constant('$undefined'), junk(ids)),
          arity: fc.constantFrom(1 as const, 2 as const),
          fields,
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          kind: fc.constant('json' as const),
          values: fc.array(junk(ids), { maxLength: 3 }),
        }),
      },
    );
    return {
      // Signed-out callers only: signing out, or in as someone else, would end the others' sessions.
      name: `action ${entry.exportedName ?? id} (${entry.filename ?? pattern})`,
      callers: SIGNED_OUT,
      arbitrary: fc.tuple(page, args).map(
        ([p, a]) =>
          (request) =>
            callServerAction(request, world.baseURL, { id, page: p || '/', args: a }),
      ),
    };
  });
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ?? 'null';
  } catch {
    return anyText(value);
  }
}
