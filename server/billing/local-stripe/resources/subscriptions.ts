// /v1/subscriptions: read, change seats or plan, cancel at period end, cancel now.
import { z } from 'zod';
import { itemOf } from '../builders';
import type { Endpoint } from '../context';
import { page } from '../context';
import { resourceMissing } from '../errors';
import { mergeMetadata, parseParams, ZNoParams, zBool, zInt, zMetadata } from '../params';
import { getObject, inTransaction, listObjects, publicView } from '../store';
import { cancelSubscriptionNow, changeSubscription } from '../subscription-changes';

export const retrieveSubscription: Endpoint = async (ctx, raw, [id]) => {
  parseParams(ZNoParams, raw);
  return { body: publicView(await getObject(ctx.db, id!, 'subscription')) };
};

const ZList = z.strictObject({
  customer: z.string().optional(),
  status: z
    .enum([
      'active',
      'all',
      'canceled',
      'ended',
      'incomplete',
      'incomplete_expired',
      'past_due',
      'paused',
      'trialing',
      'unpaid',
    ])
    .optional(),
  limit: zInt(1, 100).optional(),
  starting_after: z.string().optional(),
});

export const listSubscriptions: Endpoint = async (ctx, raw) => {
  const params = parseParams(ZList, raw);
  const all = await listObjects(
    ctx.db,
    'subscription',
    params.customer ? [{ path: ['customer'], value: params.customer }] : [],
  );
  // Like Stripe, the default list leaves canceled subscriptions out.
  const wanted = all.filter((s) =>
    params.status === 'all'
      ? true
      : params.status
        ? s.status === params.status || (params.status === 'ended' && s.status === 'canceled')
        : s.status !== 'canceled',
  );
  return {
    body: page(wanted.map(publicView), '/v1/subscriptions', {
      limit: params.limit,
      startingAfter: params.starting_after,
    }),
  };
};

const ZUpdate = z.strictObject({
  items: z
    .array(
      z.strictObject({
        id: z.string().optional(),
        price: z.string().optional(),
        quantity: zInt(1, 10_000).optional(),
      }),
    )
    .max(1)
    .optional(),
  cancel_at_period_end: zBool.optional(),
  metadata: zMetadata.optional(),
  proration_behavior: z.enum(['always_invoice', 'create_prorations', 'none']).optional(),
});

export const updateSubscription: Endpoint = async (ctx, raw, [id]) => {
  const params = parseParams(ZUpdate, raw);
  return inTransaction(ctx.db, async (tx) => {
    const subscription = await getObject(tx, id!, 'subscription', { lock: true });
    const item = params.items?.[0];
    if (item?.id && item.id !== itemOf(subscription).id)
      throw resourceMissing('subscription_item', item.id, 'items[0][id]');
    const { subscription: updated, events } = await changeSubscription(tx, subscription, {
      quantity: item?.quantity,
      price: item?.price,
      cancelAtPeriodEnd: params.cancel_at_period_end,
      metadata: params.metadata ? mergeMetadata(subscription.metadata, params.metadata) : undefined,
    });
    return { body: publicView(updated), events };
  });
};

export const cancelSubscription: Endpoint = async (ctx, raw, [id]) => {
  parseParams(ZNoParams, raw);
  return inTransaction(ctx.db, async (tx) => {
    const subscription = await getObject(tx, id!, 'subscription', { lock: true });
    const { subscription: canceled, events } = await cancelSubscriptionNow(tx, subscription);
    return { body: publicView(canceled), events };
  });
};
