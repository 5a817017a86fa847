// Stripe objects as API version 2026-10-28 shapes them: billing periods live on subscription
// items, an invoice names its subscription under `parent.subscription_details`.
import { addMonths, newId, nowSeconds } from './ids';
import { getPrice, productName } from './prices';
import type { StripeObject } from './store';

type Metadata = Record<string, string>;

export function customerObject(input: {
  name?: string;
  email?: string;
  description?: string;
  metadata?: Metadata;
}) {
  const id = newId('cus');
  return {
    id,
    object: 'customer',
    address: null,
    balance: 0,
    created: nowSeconds(),
    currency: null,
    default_source: null,
    delinquent: false,
    description: input.description ?? null,
    discount: null,
    email: input.email ?? null,
    invoice_prefix: id.slice(-8).toUpperCase(),
    invoice_settings: {
      custom_fields: null,
      default_payment_method: null,
      footer: null,
      rendering_options: null,
    },
    livemode: false,
    metadata: input.metadata ?? {},
    name: input.name ?? null,
    next_invoice_sequence: 1,
    phone: null,
    preferred_locales: [],
    shipping: null,
    tax_exempt: 'none',
    test_clock: null,
  } satisfies StripeObject;
}

export function subscriptionObject(input: {
  customer: string;
  price: string;
  quantity: number;
  metadata: Metadata;
  trialDays?: number;
}) {
  const id = newId('sub');
  const now = nowSeconds();
  const trialEnd = input.trialDays ? now + input.trialDays * 86_400 : null;
  const periodEnd = trialEnd ?? addMonths(now, 1);
  const item = {
    id: newId('si'),
    object: 'subscription_item',
    created: now,
    current_period_end: periodEnd,
    current_period_start: now,
    discounts: [],
    metadata: {},
    price: getPrice(input.price),
    quantity: input.quantity,
    subscription: id,
    tax_rates: [],
  };
  return {
    id,
    object: 'subscription',
    application: null,
    application_fee_percent: null,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null },
    billing_cycle_anchor: periodEnd,
    billing_cycle_anchor_config: null,
    billing_mode: { flexible: null, type: 'flexible' },
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: null,
    cancellation_details: { comment: null, feedback: null, reason: null },
    collection_method: 'charge_automatically',
    created: now,
    currency: 'usd',
    customer: input.customer,
    days_until_due: null,
    default_payment_method: null,
    default_source: null,
    description: null,
    discounts: [],
    ended_at: null,
    invoice_settings: { account_tax_ids: null, issuer: { type: 'self' } },
    items: {
      object: 'list',
      data: [item],
      has_more: false,
      url: `/v1/subscription_items?subscription=${id}`,
    },
    latest_invoice: null as string | null,
    livemode: false,
    metadata: input.metadata,
    next_pending_invoice_item_invoice: null,
    on_behalf_of: null,
    pause_collection: null,
    payment_settings: {
      payment_method_options: null,
      payment_method_types: null,
      save_default_payment_method: 'off',
    },
    pending_invoice_item_interval: null,
    pending_setup_intent: null,
    pending_update: null,
    schedule: null,
    start_date: now,
    status: trialEnd ? 'trialing' : 'active',
    test_clock: null,
    transfer_data: null,
    trial_end: trialEnd,
    trial_settings: { end_behavior: { missing_payment_method: 'create_invoice' } },
    trial_start: trialEnd ? now : null,
  } satisfies StripeObject;
}

type SubscriptionItem = {
  id: string;
  price: { id: string; unit_amount: number; product: string };
  quantity: number;
  current_period_start: number;
  current_period_end: number;
};

/** The stand-in keeps one item per subscription, as Ninefold's plans have. */
export function itemOf(subscription: StripeObject): SubscriptionItem {
  return (subscription.items as { data: SubscriptionItem[] }).data[0]!;
}

export function invoiceObject(input: {
  subscription: StripeObject;
  appUrl: string;
  billingReason: 'subscription_create' | 'subscription_cycle' | 'subscription_update' | 'upcoming';
  paid: boolean;
  /** Zero for the invoice that opens a trial. */
  amount?: number;
  period?: { start: number; end: number };
  id?: string;
}) {
  const { subscription } = input;
  const item = itemOf(subscription);
  const now = nowSeconds();
  const id = input.id ?? newId('in');
  const amount = input.amount ?? item.price.unit_amount * item.quantity;
  const period = input.period ?? { start: item.current_period_start, end: item.current_period_end };
  const draft = input.billingReason === 'upcoming';
  const line = {
    id: newId('il'),
    object: 'line_item',
    amount,
    currency: 'usd',
    description: `${item.quantity} × ${productName(item.price.product)} (at $${(item.price.unit_amount / 100).toFixed(2)} / month)`,
    discount_amounts: [],
    discountable: true,
    discounts: [],
    invoice: draft ? null : id,
    livemode: false,
    metadata: {},
    parent: {
      invoice_item_details: null,
      subscription_item_details: {
        invoice_item: null,
        proration: false,
        proration_details: { credited_items: null },
        subscription: subscription.id,
        subscription_item: item.id,
      },
      type: 'subscription_item_details',
    },
    period,
    pretax_credit_amounts: [],
    pricing: {
      price_details: { price: item.price.id, product: item.price.product },
      type: 'price_details',
      unit_amount_decimal: String(amount === 0 ? 0 : item.price.unit_amount),
    },
    quantity: item.quantity,
    subtotal: amount,
    taxes: [],
  };
  return {
    id,
    object: 'invoice',
    account_country: 'US',
    account_name: 'Ninefold (local Stripe stand-in)',
    account_tax_ids: null,
    amount_due: amount,
    amount_overpaid: 0,
    amount_paid: input.paid ? amount : 0,
    amount_remaining: input.paid ? 0 : amount,
    amount_shipping: 0,
    application: null,
    attempt_count: draft ? 0 : 1,
    attempted: !draft,
    auto_advance: !input.paid,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null, provider: null, status: null },
    automatically_finalizes_at: null,
    billing_reason: input.billingReason,
    collection_method: 'charge_automatically',
    created: now,
    currency: 'usd',
    custom_fields: null,
    customer: subscription.customer as string,
    customer_address: null,
    customer_email: null,
    customer_name: null,
    customer_phone: null,
    customer_shipping: null,
    customer_tax_exempt: 'none',
    default_payment_method: null,
    default_source: null,
    default_tax_rates: [],
    description: null,
    discounts: [],
    due_date: null,
    effective_at: draft ? null : now,
    ending_balance: draft ? null : 0,
    footer: null,
    from_invoice: null,
    hosted_invoice_url: draft ? null : `${input.appUrl}/dev/stripe/invoices/${id}`,
    invoice_pdf: null,
    issuer: { type: 'self' },
    last_finalization_error: null,
    latest_revision: null,
    lines: { object: 'list', data: [line], has_more: false, url: `/v1/invoices/${id}/lines` },
    livemode: false,
    metadata: {},
    next_payment_attempt: input.paid ? null : draft ? period.start : now + 3 * 86_400,
    number: draft ? null : `LOCAL-${id.slice(-6).toUpperCase()}`,
    on_behalf_of: null,
    parent: {
      quote_details: null,
      subscription_details: { metadata: subscription.metadata, subscription: subscription.id },
      type: 'subscription_details',
    },
    payment_settings: { default_mandate: null, payment_method_options: null, payment_method_types: null },
    period_end: period.end,
    period_start: period.start,
    post_payment_credit_notes_amount: 0,
    pre_payment_credit_notes_amount: 0,
    receipt_number: null,
    rendering: null,
    shipping_cost: null,
    shipping_details: null,
    starting_balance: 0,
    statement_descriptor: null,
    status: draft ? 'draft' : input.paid ? 'paid' : 'open',
    status_transitions: {
      finalized_at: draft ? null : now,
      marked_uncollectible_at: null,
      paid_at: input.paid ? now : null,
      voided_at: null,
    },
    subtotal: amount,
    subtotal_excluding_tax: amount,
    test_clock: null,
    total: amount,
    total_discount_amounts: [],
    total_excluding_tax: amount,
    total_pretax_credit_amounts: [],
    total_taxes: [],
    webhooks_delivered_at: draft ? null : now,
  } satisfies StripeObject;
}
