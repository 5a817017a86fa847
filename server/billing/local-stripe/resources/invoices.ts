// /v1/invoices: a customer's or subscription's invoices, one invoice, and the preview of the next.
import { z } from 'zod';
import { invoiceObject, itemOf } from '../builders';
import type { Endpoint } from '../context';
import { page } from '../context';
import { LocalStripeError, parameterMissing } from '../errors';
import { addMonths, newId } from '../ids';
import { parseParams, ZNoParams, zBool, zInt } from '../params';
import { getPrice } from '../prices';
import { getObject, listObjects, publicView, type StripeObject } from '../store';

const ZList = z.strictObject({
  customer: z.string().optional(),
  subscription: z.string().optional(),
  status: z.enum(['draft', 'open', 'paid', 'uncollectible', 'void']).optional(),
  limit: zInt(1, 100).optional(),
  starting_after: z.string().optional(),
});

export const listInvoices: Endpoint = async (ctx, raw) => {
  const params = parseParams(ZList, raw);
  const filters = [
    ...(params.customer ? [{ path: ['customer'], value: params.customer }] : []),
    ...(params.subscription
      ? [{ path: ['parent', 'subscription_details', 'subscription'], value: params.subscription }]
      : []),
    ...(params.status ? [{ path: ['status'], value: params.status }] : []),
  ];
  const all = await listObjects(ctx.db, 'invoice', filters);
  return {
    body: page(all.map(publicView), '/v1/invoices', {
      limit: params.limit,
      startingAfter: params.starting_after,
    }),
  };
};

export const retrieveInvoice: Endpoint = async (ctx, raw, [id]) => {
  parseParams(ZNoParams, raw);
  return { body: publicView(await getObject(ctx.db, id!, 'invoice')) };
};

const ZPreview = z.strictObject({
  customer: z.string().optional(),
  subscription: z.string().optional(),
  subscription_details: z
    .strictObject({
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
      proration_behavior: z.enum(['always_invoice', 'create_prorations', 'none']).optional(),
    })
    .optional(),
});

const noUpcoming = (who: string) =>
  new LocalStripeError(
    404,
    'invalid_request_error',
    `No upcoming invoices for ${who}`,
    'invoice_upcoming_none',
  );

/**
 * The next renewal's invoice at the subscription's (or the previewed) plan and seats. Prorations
 * for a mid-period change are not computed: the preview shows the next full period.
 */
export const previewInvoice: Endpoint = async (ctx, raw) => {
  const params = parseParams(ZPreview, raw);
  const subscription = await subscriptionToPreview(ctx, params.subscription, params.customer);
  const details = params.subscription_details;
  const cancelAtPeriodEnd = details?.cancel_at_period_end ?? subscription.cancel_at_period_end;
  if (subscription.status === 'canceled' || cancelAtPeriodEnd)
    throw noUpcoming(`subscription: '${subscription.id}'`);
  const item = itemOf(subscription);
  const change = details?.items?.[0];
  const previewed: StripeObject = {
    ...subscription,
    items: {
      ...(subscription.items as object),
      data: [
        {
          ...item,
          ...(change?.quantity !== undefined ? { quantity: change.quantity } : {}),
          ...(change?.price
            ? { price: getPrice(change.price, 'subscription_details[items][0][price]') }
            : {}),
        },
      ],
    },
  };
  const start = item.current_period_end;
  const invoice = invoiceObject({
    subscription: previewed,
    appUrl: ctx.appUrl,
    billingReason: 'upcoming',
    paid: false,
    period: { start, end: addMonths(start, 1) },
    id: `upcoming_${newId('in')}`,
  });
  return { body: { ...invoice, customer: subscription.customer } };
};

async function subscriptionToPreview(
  ctx: Parameters<Endpoint>[0],
  subscriptionId: string | undefined,
  customerId: string | undefined,
): Promise<StripeObject> {
  if (subscriptionId) return getObject(ctx.db, subscriptionId, 'subscription', { param: 'subscription' });
  if (!customerId) throw parameterMissing('customer');
  await getObject(ctx.db, customerId, 'customer', { param: 'customer' });
  const live = (await listObjects(ctx.db, 'subscription', [{ path: ['customer'], value: customerId }])).find(
    (s) => s.status !== 'canceled',
  );
  if (!live) throw noUpcoming(`customer: '${customerId}'`);
  return live;
}
