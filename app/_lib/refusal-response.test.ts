import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { refusalResponse } from './refusal-response';

describe('a route handler’s answer to a refused procedure', () => {
  it.each([
    ['UNAUTHORIZED', 401],
    ['FORBIDDEN', 403],
    ['NOT_FOUND', 404],
    ['BAD_REQUEST', 400],
    ['CONFLICT', 409],
    ['TOO_MANY_REQUESTS', 429],
  ] as const)('%s answers %i with its message, as the tRPC endpoint does', async (code, status) => {
    const response = refusalResponse(new TRPCError({ code, message: `Refused as ${code}` }));
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({ error: `Refused as ${code}` });
  });

  it('leaves a defect thrown, never answering its text', () => {
    const defect = new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'relation "x" does not exist' });
    expect(() => refusalResponse(defect)).toThrow(defect);
    expect(() => refusalResponse(new TypeError('boom'))).toThrow('boom');
  });
});
