// /v1/checkout/sessions, subscription mode only: the session waits at the stand-in's checkout
// page (app/dev/stripe/checkout) until a person pays there (actions/pay-checkout.ts).
import { z } from 'zod';
import type { Endpoint } from '../context';
import { listObject } from '../context';
import { LocalStripeError } from '../errors';
import { DAY_SECONDS, newId, nowSeconds } from '../ids';
import { mergeMetadata, parseParams, ZNoParams, zInt, zMetadata } from '../params';
import { getPrice } from '../prices';
import { getObject, publicView, type StripeObject, saveObject } from '../store';

const ZCreateSession = z.strictObject({
  mode: z.literal('subscription'),
  line_items: z
    .array(z.strictObject({ price: z.string().min(1), quantity: zInt(1, 10_000) }))
    .min(1)
    .max(1),
  success_url: z.url(),
  cancel_url: z.url().optional(),
  customer: z.string().startsWith('cus_').optional(),
  customer_email: z.email().optional(),
  client_reference_id: z.string().max(200).optional(),
  metadata: zMetadata.optional(),
  subscription_data: z
    .strictObject({
      metadata: zMetadata.optional(),
      trial_period_days: zInt(1, 730).optional(),
    })
    .optional(),
});

type CheckoutNotes = {
  line_items: { price: string; quantity: number }[];
  subscription_metadata: Record<string, string>;
  trial_period_days: number | null;
};

export const notesOf = (session: StripeObject) => session._local as CheckoutNotes;

export const createCheckoutSession: Endpoint = async (ctx, raw) => {
  const params = parseParams(ZCreateSession, raw);
  if (params.customer) await getObject(ctx.db, params.customer, 'customer', { param: 'customer' });
  if (params.customer && params.customer_email)
    throw new LocalStripeError(
      400,
      'invalid_request_error',
      'You may only specify one of these parameters: customer, customer_email.',
      'parameter_invalid',
      'customer_email',
    );
  const lineItems = params.line_items.map((item, index) => {
    getPrice(item.price, `line_items[${index}][price]`);
    return { price: item.price, quantity: item.quantity };
  });
  const trialDays = params.subscription_data?.trial_period_days ?? null;
  const amount = lineItems.reduce((sum, item) => sum + getPrice(item.price).unit_amount * item.quantity, 0);
  const id = newId('cs_test');
  const now = nowSeconds();
  const session = {
    id,
    object: 'checkout.session',
    after_expiration: null,
    allow_promotion_codes: null,
    amount_subtotal: trialDays ? 0 : amount,
    amount_total: trialDays ? 0 : amount,
    automatic_tax: { enabled: false, liability: null, provider: null, status: null },
    billing_address_collection: null,
    cancel_url: params.cancel_url ?? null,
    client_reference_id: params.client_reference_id ?? null,
    client_secret: null,
    created: now,
    currency: 'usd',
    custom_fields: [],
    custom_text: {
      after_submit: null,
      shipping_address: null,
      submit: null,
      terms_of_service_acceptance: null,
    },
    customer: params.customer ?? null,
    customer_creation: params.customer ? null : 'always',
    customer_details: params.customer_email ? { email: params.customer_email } : null,
    customer_email: params.customer_email ?? null,
    expires_at: now + DAY_SECONDS,
    invoice: null,
    livemode: false,
    locale: null,
    metadata: mergeMetadata({}, params.metadata),
    mode: 'subscription',
    payment_intent: null,
    payment_link: null,
    payment_method_collection: 'always',
    payment_method_types: ['card'],
    payment_status: 'unpaid',
    status: 'open',
    submit_type: null,
    subscription: null,
    success_url: params.success_url,
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: 'hosted',
    url: `${ctx.appUrl}/dev/stripe/checkout/${id}`,
    _local: {
      line_items: lineItems,
      subscription_metadata: mergeMetadata({}, params.subscription_data?.metadata),
      trial_period_days: trialDays,
    } satisfies CheckoutNotes,
  };
  return { body: publicView(await saveObject(ctx.db, session)) };
};

export const retrieveCheckoutSession: Endpoint = async (ctx, raw, [id]) => {
  parseParams(ZNoParams, raw);
  return { body: publicView(await getObject(ctx.db, id!, 'checkout.session', { kind: 'checkout.session' })) };
};

/** The session's line items, for `expand[]=line_items` and `/v1/checkout/sessions/:id/line_items`. */
export function checkoutLineItems(session: StripeObject) {
  const data = notesOf(session).line_items.map((item, index) => {
    const price = getPrice(item.price);
    const amount = session.amount_total === 0 ? 0 : price.unit_amount * item.quantity;
    return {
      id: `li_${session.id.slice(-12)}${index}`,
      object: 'item',
      amount_discount: 0,
      amount_subtotal: amount,
      amount_tax: 0,
      amount_total: amount,
      currency: 'usd',
      description: price.nickname,
      price,
      quantity: item.quantity,
    } satisfies StripeObject;
  });
  return listObject(data, `/v1/checkout/sessions/${session.id}/line_items`);
}

export const listCheckoutLineItems: Endpoint = async (ctx, raw, [id]) => {
  parseParams(ZNoParams, raw);
  return {
    body: checkoutLineItems(await getObject(ctx.db, id!, 'checkout.session', { kind: 'checkout.session' })),
  };
};
