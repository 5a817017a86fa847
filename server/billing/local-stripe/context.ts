// What every endpoint of the stand-in gets, and what it answers.
import type { Db } from '@/db/client';
import type { LocalEvent } from './events';
import type { FormObject } from './form';
import type { StripeObject } from './store';

export type LocalStripeContext = {
  db: Db;
  /** Base of the pages the stand-in links to: checkout, portal, hosted invoices. */
  appUrl: string;
};

export type EndpointResult = { body: unknown; status?: number; events?: LocalEvent[] };

export type Endpoint = (
  ctx: LocalStripeContext,
  params: FormObject,
  ids: string[],
) => Promise<EndpointResult>;

export function listObject(data: StripeObject[], url: string, hasMore = false) {
  return { object: 'list', data, has_more: hasMore, url };
}

/** Stripe's cursor paging: newest first, `limit` (1–100, default 10) after `starting_after`. */
export function page(all: StripeObject[], url: string, options: { limit?: number; startingAfter?: string }) {
  const limit = options.limit ?? 10;
  const start = options.startingAfter ? all.findIndex((o) => o.id === options.startingAfter) + 1 : 0;
  const data = all.slice(start, start + limit);
  return listObject(data, url, start + limit < all.length);
}
