// The stand-in's HTTP API without a server: one request in, one answer out, so the Next route
// (app/v1) and the test server (server.ts) share it.
import Stripe from 'stripe';
import type { Db } from '@/db/client';
import { env } from '@/server/env';
import { LOCAL_STRIPE_KEY } from '../stripe-client';
import type { EndpointResult } from './context';
import type { EventSender } from './deliver';
import { LocalStripeError } from './errors';
import { expandPaths } from './expand';
import { parseStripeForm } from './form';
import { remember, replayed } from './idempotency';
import { newId } from './ids';
import { route } from './routes';

type LocalStripeRequest = {
  method: string;
  /** The path alone (`/v1/customers`); a query string here is read too. */
  path: string;
  /** The query string, with or without its `?`. */
  query?: string;
  headers: Headers | Record<string, string | string[] | undefined>;
  /** The raw form-encoded body of a POST. */
  body?: string;
};

type LocalStripeResponse = { status: number; headers: Record<string, string>; body: string };

type LocalStripeOptions = {
  /** Base of the checkout, portal and invoice pages the answers link to; default APP_URL. */
  appUrl?: string;
  /** Where the events caused by API calls go (sent after the answer, like Stripe). */
  events?: EventSender;
};

export async function handleLocalStripeRequest(
  db: Db,
  request: LocalStripeRequest,
  options: LocalStripeOptions = {},
): Promise<LocalStripeResponse> {
  const header = headerReader(request.headers);
  const method = request.method.toUpperCase();
  const [path = '', inlineQuery = ''] = request.path.split('?', 2);
  const idempotencyKey = method === 'POST' ? header('idempotency-key') : undefined;
  const answer = (
    status: number,
    body: unknown,
    extra: Record<string, string> = {},
  ): LocalStripeResponse => ({
    status,
    headers: {
      'Content-Type': 'application/json',
      'Request-Id': newId('req'),
      'Stripe-Version': Stripe.API_VERSION,
      ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}),
      ...extra,
    },
    body: JSON.stringify(body, null, 2),
  });

  try {
    checkApiKey(header('authorization'));
    checkApiVersion(header('stripe-version'));
    const found = route(method, path);
    if (!found)
      throw new LocalStripeError(
        404,
        'invalid_request_error',
        `Unrecognized request URL (${method}: ${path}). The local Stripe stand-in answers only the endpoints Ninefold uses.`,
      );
    const rawParams =
      method === 'POST'
        ? (request.body ?? '')
        : [inlineQuery, stripQuestionMark(request.query)].filter(Boolean).join('&');
    if (idempotencyKey) {
      const earlier = await replayed(db, idempotencyKey, path, rawParams);
      if (earlier) return answer(earlier.status, earlier.body, { 'Idempotent-Replayed': 'true' });
    }
    const { expand, ...params } = parseStripeForm(rawParams);
    const ctx = { db, appUrl: options.appUrl ?? env().appUrl };
    const result: EndpointResult = await found.endpoint(ctx, params, found.ids);
    const body = await expandPaths(db, result.body, Array.isArray(expand) ? (expand as string[]) : []);
    const status = result.status ?? 200;
    if (idempotencyKey) await remember(db, idempotencyKey, path, rawParams, { status, body });
    if (result.events?.length && options.events) void options.events.send(result.events);
    return answer(status, body);
  } catch (error) {
    if (error instanceof LocalStripeError) {
      const body = error.toBody();
      if (idempotencyKey && error.type !== 'idempotency_error' && error.status !== 401)
        await remember(db, idempotencyKey, path, method === 'POST' ? (request.body ?? '') : '', {
          status: error.status,
          body,
        }).catch(() => undefined);
      return answer(error.status, body);
    }
    console.error('[local-stripe] request failed', method, path, error);
    return answer(500, {
      error: { type: 'api_error', message: 'The local Stripe stand-in failed; see its log.' },
    });
  }
}

function checkApiKey(authorization: string | undefined) {
  const key = authorization?.replace(/^Bearer\s+/i, '');
  if (!key)
    throw new LocalStripeError(
      401,
      'invalid_request_error',
      'You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth.',
    );
  if (key !== LOCAL_STRIPE_KEY)
    throw new LocalStripeError(
      401,
      'invalid_request_error',
      `Invalid API Key provided: ${key.slice(0, 8)}***. The local stand-in accepts only ${LOCAL_STRIPE_KEY}.`,
    );
}

/** Its objects have one API version's shape, the library's pinned one: it renders no other. */
function checkApiVersion(version: string | undefined) {
  if (version && version !== Stripe.API_VERSION)
    throw new LocalStripeError(
      400,
      'invalid_request_error',
      `The local Stripe stand-in renders API version ${Stripe.API_VERSION} only, not ${version}.`,
    );
}

const stripQuestionMark = (query: string | undefined) => (query ?? '').replace(/^\?/, '');

function headerReader(headers: LocalStripeRequest['headers']) {
  return (name: string): string | undefined => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === name);
    const value = entry?.[1];
    return Array.isArray(value) ? value[0] : value;
  };
}
