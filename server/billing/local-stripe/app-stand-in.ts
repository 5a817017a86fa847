// The stand-in as the app serves it (`npm run dev`, e2e): on the app's database, with its events
// sent to the app's own webhook route, signed with the app's webhook secret. One event sender per
// process, so events keep their order across requests.
import type { Db } from '@/db/client';
import { getDbHandle } from '@/server/db';
import { env, stripeWebhookSecret } from '@/server/env';
import { createEventSender, type EventSender } from './deliver';
import { enableMemoryReads } from './store';

const cache = globalThis as typeof globalThis & { __ninefoldLocalStripeEvents?: EventSender };

export async function appLocalStripe(): Promise<{ db: Db; events: EventSender; appUrl: string }> {
  const handle = await getDbHandle();
  // The embedded database has one connection: see store.ts for why reads then come from memory.
  if (handle.driver === 'pglite') await enableMemoryReads(handle.db);
  cache.__ninefoldLocalStripeEvents ??= createEventSender(() => ({
    url: `${env().appUrl}/api/webhooks/stripe`,
    secret: stripeWebhookSecret(),
  }));
  return { db: handle.db, events: cache.__ninefoldLocalStripeEvents, appUrl: env().appUrl };
}
