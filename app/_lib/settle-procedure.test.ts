import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readOnlyError } from '@/server/billing/entitlements/billing-error';
import { billingRefusalOf, describeError, refusalCodeOf } from './error-message';
import { settleProcedure } from './settle-procedure';
import { ActionRefused } from './use-action';

const zodRefusal = () => {
  const parsed = z.object({ note: z.string().max(3) }).safeParse({ note: 'too long' });
  if (parsed.success) throw new Error('the schema should refuse');
  return new TRPCError({ code: 'BAD_REQUEST', message: 'Invalid input', cause: parsed.error });
};

describe('a procedure called from a server action', () => {
  it('answers its data', async () => {
    expect(await settleProcedure(async () => ({ deleted: 2 }))).toEqual({ ok: true, data: { deleted: 2 } });
  });

  it('answers a validation refusal with the field that was refused, which the form then shows', async () => {
    const result = await settleProcedure(async () => {
      throw zodRefusal();
    });
    if (result.ok) throw new Error('expected a refusal');
    expect(result.error.code).toBe('BAD_REQUEST');
    expect(Object.keys(result.error.zod?.fieldErrors ?? {})).toEqual(['note']);
    expect(describeError(new ActionRefused(result.error))).toEqual({
      message: 'Please check the highlighted fields.',
      fields: { note: expect.stringContaining('3') },
    });
  });

  it('answers a billing refusal with its reason and its own message', async () => {
    const cause = readOnlyError('client');
    const result = await settleProcedure(async () => {
      throw new TRPCError({ code: 'FORBIDDEN', message: cause.message, cause });
    });
    if (result.ok) throw new Error('expected a refusal');
    const refused = new ActionRefused(result.error);
    expect(billingRefusalOf(refused)).toBe('read-only');
    expect(refusalCodeOf(refused)).toBe('FORBIDDEN');
    expect(describeError(refused).message).toBe(cause.message);
  });

  it('leaves a defect thrown, so it is logged, and never answers its text', async () => {
    const defect = new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'relation "x" does not exist' });
    await expect(
      settleProcedure(async () => {
        throw defect;
      }),
    ).rejects.toBe(defect);
    await expect(
      settleProcedure(async () => {
        throw new TypeError('boom');
      }),
    ).rejects.toThrow('boom');
  });

  it('a failure that is no refusal reads as a generic sentence', () => {
    expect(describeError(new TypeError('Failed to fetch')).message).toBe(
      'Something went wrong. Please try again.',
    );
  });
});
