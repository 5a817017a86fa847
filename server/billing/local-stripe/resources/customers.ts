// /v1/customers: the practice as Stripe's customer (its name and metadata.practiceId only).
import { z } from 'zod';
import { customerObject } from '../builders';
import type { Endpoint } from '../context';
import { mergeMetadata, parseParams, ZNoParams, zMetadata } from '../params';
import { getObject, inTransaction, publicView, saveObject } from '../store';

const ZCustomerFields = z.strictObject({
  name: z.string().max(256).optional(),
  email: z.string().max(512).optional(),
  description: z.string().max(350).optional(),
  metadata: zMetadata.optional(),
});

export const createCustomer: Endpoint = async (ctx, raw) => {
  const params = parseParams(ZCustomerFields, raw);
  const customer = customerObject({ ...params, metadata: mergeMetadata({}, params.metadata) });
  return { body: publicView(await saveObject(ctx.db, customer)) };
};

export const retrieveCustomer: Endpoint = async (ctx, raw, [id]) => {
  parseParams(ZNoParams, raw);
  return { body: publicView(await getObject(ctx.db, id!, 'customer')) };
};

export const updateCustomer: Endpoint = async (ctx, raw, [id]) => {
  const params = parseParams(ZCustomerFields, raw);
  return inTransaction(ctx.db, async (tx) => {
    const customer = await getObject(tx, id!, 'customer', { lock: true });
    const updated = {
      ...customer,
      ...(params.name !== undefined ? { name: params.name || null } : {}),
      ...(params.email !== undefined ? { email: params.email || null } : {}),
      ...(params.description !== undefined ? { description: params.description || null } : {}),
      metadata: mergeMetadata(customer.metadata, params.metadata),
    };
    return { body: publicView(await saveObject(tx, updated)) };
  });
};
