// tRPC calls as the app's browser client makes them (devalue on the wire, the practice in a
// header), for reading the demo's ids and setting up the few samples the demo lacks.
import type { APIRequestContext, APIResponse } from '@playwright/test';
import type { z } from 'zod';
import { transformer } from '@/server/trpc/transformer';

type Call<T> = { practiceId: string; path: string; input?: unknown; output: z.ZodType<T> };

export async function trpcQuery<T>(request: APIRequestContext, call: Call<T>): Promise<T> {
  const input =
    call.input === undefined
      ? ''
      : `?input=${encodeURIComponent(JSON.stringify(transformer.serialize(call.input)))}`;
  const response = await request.get(`/api/trpc/${call.path}${input}`, {
    headers: { 'x-practice-id': call.practiceId },
  });
  return answerOf(call, response);
}

export async function trpcMutation<T>(request: APIRequestContext, call: Call<T>): Promise<T> {
  const response = await request.post(`/api/trpc/${call.path}`, {
    headers: { 'x-practice-id': call.practiceId, 'content-type': 'application/json' },
    data: JSON.stringify(transformer.serialize(call.input)),
  });
  return answerOf(call, response);
}

async function answerOf<T>(call: Call<T>, response: APIResponse): Promise<T> {
  const body = (await response.json().catch(() => null)) as { result?: { data?: unknown } } | null;
  if (!response.ok() || body?.result?.data === undefined)
    throw new Error(`${call.path} answered ${response.status()}: ${JSON.stringify(body).slice(0, 300)}`);
  return call.output.parse(transformer.deserialize(body.result.data));
}
