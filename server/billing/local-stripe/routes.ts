// The endpoints the app calls, and nothing else: anything else is Stripe's "Unrecognized request URL".
import type { Endpoint } from './context';
import {
  createCheckoutSession,
  listCheckoutLineItems,
  retrieveCheckoutSession,
} from './resources/checkout-sessions';
import { createCustomer, retrieveCustomer, updateCustomer } from './resources/customers';
import { retrieveEvent } from './resources/events';
import { listInvoices, previewInvoice, retrieveInvoice } from './resources/invoices';
import { createPortalSession } from './resources/portal-sessions';
import { retrievePrice } from './resources/prices';
import {
  cancelSubscription,
  listSubscriptions,
  retrieveSubscription,
  updateSubscription,
} from './resources/subscriptions';

type Method = 'GET' | 'POST' | 'DELETE';
const ID = '([^/]+)';

export const ROUTES: [Method, RegExp, Endpoint][] = [
  ['POST', /^\/v1\/customers$/, createCustomer],
  ['GET', new RegExp(`^/v1/customers/${ID}$`), retrieveCustomer],
  ['POST', new RegExp(`^/v1/customers/${ID}$`), updateCustomer],
  ['POST', /^\/v1\/checkout\/sessions$/, createCheckoutSession],
  ['GET', new RegExp(`^/v1/checkout/sessions/${ID}$`), retrieveCheckoutSession],
  ['GET', new RegExp(`^/v1/checkout/sessions/${ID}/line_items$`), listCheckoutLineItems],
  ['POST', /^\/v1\/billing_portal\/sessions$/, createPortalSession],
  ['GET', /^\/v1\/subscriptions$/, listSubscriptions],
  ['GET', new RegExp(`^/v1/subscriptions/${ID}$`), retrieveSubscription],
  ['POST', new RegExp(`^/v1/subscriptions/${ID}$`), updateSubscription],
  ['DELETE', new RegExp(`^/v1/subscriptions/${ID}$`), cancelSubscription],
  ['GET', /^\/v1\/invoices$/, listInvoices],
  ['POST', /^\/v1\/invoices\/create_preview$/, previewInvoice],
  ['GET', new RegExp(`^/v1/invoices/${ID}$`), retrieveInvoice],
  ['GET', new RegExp(`^/v1/prices/${ID}$`), retrievePrice],
  ['GET', new RegExp(`^/v1/events/${ID}$`), retrieveEvent],
];

export function route(method: string, path: string): { endpoint: Endpoint; ids: string[] } | null {
  for (const [routeMethod, pattern, endpoint] of ROUTES) {
    if (routeMethod !== method) continue;
    const match = pattern.exec(path);
    if (match) return { endpoint, ids: match.slice(1).map(decodeURIComponent) };
  }
  return null;
}
