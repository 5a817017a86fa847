// Stripe's `expand[]`: ids at the given dotted paths replaced by their objects. A list's items are
// reached through `data.` as in Stripe (`expand[]=data.subscription`).
import type { DbOrTx } from '@/db/client';
import { findPrice } from './prices';
import { checkoutLineItems } from './resources/checkout-sessions';
import { findAnyObject, publicView, type StripeObject } from './store';

export async function expandPaths(db: DbOrTx, body: unknown, paths: string[]): Promise<unknown> {
  let result = body;
  for (const path of paths) result = await expandAt(db, result, path.split('.'));
  return result;
}

async function expandAt(db: DbOrTx, node: unknown, path: string[]): Promise<unknown> {
  if (Array.isArray(node)) return Promise.all(node.map((item) => expandAt(db, item, path)));
  if (!node || typeof node !== 'object' || path.length === 0) return node;
  const [key, ...rest] = path as [string, ...string[]];
  const record = node as StripeObject;
  if (record.object === 'checkout.session' && key === 'line_items' && !('line_items' in record)) {
    const stored = await load(db, record.id);
    return stored ? { ...record, line_items: checkoutLineItems(stored) } : record;
  }
  let value = record[key];
  if (typeof value === 'string' && rest.length === 0) value = (await loadPublic(db, value)) ?? value;
  else if (typeof value === 'string') value = await loadPublic(db, value);
  return { ...record, [key]: rest.length ? await expandAt(db, value, rest) : value };
}

const load = findAnyObject;

async function loadPublic(db: DbOrTx, id: string): Promise<StripeObject | null> {
  const price = findPrice(id);
  if (price) return price;
  const stored = await load(db, id);
  return stored ? publicView(stored) : null;
}
