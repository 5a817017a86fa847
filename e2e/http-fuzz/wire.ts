// How the HTTP fuzz speaks to the app as a browser would: tRPC 11 calls (GET with `input` for
// queries, POST JSON for mutations, values in the app's devalue transformer) and Next server
// actions (POST to the page with a Next-Action header, arguments as React encodes them).
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { stringify } from 'devalue';

export type Sent = { method: string; url: string; body?: string };
export type Answer = { sent: Sent; status: number; text: string };

/** What a browser adds to a same-origin request; Origin names the server under test. */
export const browserHeaders = (baseURL: string) => ({ origin: baseURL, 'sec-fetch-site': 'same-origin' });

/** Any value as text, without throwing: an object without a prototype has no toString of its own. */
export function anyText(value: unknown): string {
  return typeof value === 'object' && value !== null ? Object.prototype.toString.call(value) : String(value);
}

/** The transformer's wire form of a value; values devalue cannot carry go as their JSON, or as text. */
function wireValue(value: unknown): string {
  try {
    return stringify(value);
  } catch {
    try {
      return JSON.stringify(value) ?? 'null';
    } catch {
      return anyText(value);
    }
  }
}

export type TrpcBody =
  /** The input as the app's client sends it. */
  | { kind: 'value'; value: unknown; practiceId: string | null }
  /** Raw text where the serialised input belongs: not JSON, not devalue, or nothing. */
  | { kind: 'raw'; raw: string | null; practiceId: string | null };

export async function callTrpc(
  request: APIRequestContext,
  baseURL: string,
  path: string,
  type: 'query' | 'mutation' | 'subscription',
  body: TrpcBody,
): Promise<Answer> {
  const payload = body.kind === 'value' ? JSON.stringify(wireValue(body.value)) : body.raw;
  const headers: Record<string, string> = {
    ...browserHeaders(baseURL),
    'content-type': 'application/json',
    'trpc-accept': 'application/json',
    ...(body.practiceId === null ? {} : { 'x-practice-id': body.practiceId }),
  };
  const url = `/api/trpc/${path}`;
  if (type === 'mutation') {
    const sent = { method: 'POST', url, body: payload ?? undefined };
    return answer(sent, request.post(url, { headers, data: payload ?? '', maxRedirects: 0 }));
  }
  const query = payload === null ? url : `${url}?input=${encodeURIComponent(payload)}`;
  return answer({ method: 'GET', url: query }, request.get(query, { headers, maxRedirects: 0 }));
}

export type ActionCall = {
  id: string;
  /** A page the action belongs to; Next finds the action through that page. */
  page: string;
  args: /** As a form posts it: (previous state, form data) or (form data) alone. */
    | { kind: 'form'; previous: unknown; arity: 1 | 2; fields: [string, string][] }
    /** As React encodes plain arguments: a JSON array. */
    | { kind: 'json'; values: unknown[] };
};

export async function callServerAction(
  request: APIRequestContext,
  baseURL: string,
  call: ActionCall,
): Promise<Answer> {
  const headers = { ...browserHeaders(baseURL), 'next-action': call.id, accept: 'text/x-component' };
  if (call.args.kind === 'json') {
    const data = replyJson(call.args.values);
    const sent = { method: 'POST', url: call.page, body: data };
    return answer(
      sent,
      request.post(call.page, {
        headers: { ...headers, 'content-type': 'text/plain;charset=UTF-8' },
        data,
        maxRedirects: 0,
      }),
    );
  }
  // React's encodeReply puts a FormData argument's entries under the prefix `1_` and refers to it
  // as `$K1` from the root model in field `0`.
  const previous = call.args.previous === undefined ? '"$undefined"' : replyJson(call.args.previous);
  const multipart: Record<string, string> = {
    '0': call.args.arity === 2 ? `[${previous},"$K1"]` : '["$K1"]',
  };
  for (const [name, value] of call.args.fields) multipart[`1_${name}`] = value;
  const sent = { method: 'POST', url: call.page, body: JSON.stringify(multipart) };
  return answer(sent, request.post(call.page, { headers, multipart, maxRedirects: 0 }));
}

async function answer(sent: Sent, response: Promise<APIResponse>): Promise<Answer> {
  const r = await response;
  const text = await r.text().catch(() => '');
  return { sent, status: r.status(), text };
}

/**
 * JSON as React's encodeReply writes it: a string that starts with `$` is escaped as `$$`. An
 * unescaped one is a reference to another part of the body; one that points nowhere makes Next
 * answer 500 ("Connection closed.") before any code of the app runs, which the app cannot change.
 */
function replyJson(value: unknown): string {
  try {
    const encoded = JSON.stringify(value, (_k, v: unknown) =>
      typeof v === 'bigint' ? v.toString() : typeof v === 'string' && v.startsWith('$') ? `$${v}` : v,
    );
    return encoded ?? 'null';
  } catch {
    return 'null';
  }
}
