// The stand-in on its own port, for tests and scripts: the real stripe library talks to `url`
// (stripeClient({ baseUrl: url })), and events go to `webhookUrl` signed with `webhookSecret`.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Db } from '@/db/client';
import { env, stripeWebhookSecret } from '@/server/env';
import { payCheckoutSession } from './actions/pay-checkout';
import { runSubscriptionAction, type SubscriptionAction } from './actions/subscription-actions';
import { createEventSender, type DeliveryResult } from './deliver';
import { type LocalEvent, recordEvents } from './events';
import { handleLocalStripeRequest } from './handler';
import { enableMemoryReads, type StripeObject } from './store';

export type LocalStripeServer = {
  /** http://127.0.0.1:<port> */
  url: string;
  stop(): Promise<void>;
  /** Records and sends one event now (e.g. 'customer.subscription.trial_will_end'). */
  sendEvent(
    type: string,
    object: StripeObject,
  ): Promise<{ event: LocalEvent; delivery: DeliveryResult | null }>;
  /** Pays a checkout session as the local checkout page does, and sends its events. */
  payCheckout(
    sessionId: string,
  ): Promise<{ redirectUrl: string; subscriptionId: string; deliveries: DeliveryResult[] }>;
  /** A portal change (seats, cancel, failed payment, recovery, trial ending), with its events sent. */
  act(
    subscriptionId: string,
    action: SubscriptionAction,
  ): Promise<{ subscription: StripeObject; deliveries: DeliveryResult[] }>;
  /** Resolves when the events of earlier API calls (sent in the background) have been attempted. */
  idle(): Promise<void>;
};

export async function startLocalStripe(options: {
  db: Db;
  webhookUrl?: string;
  webhookSecret?: string;
  /** Base of the page links in answers (checkout, portal, invoices); default APP_URL. */
  appUrl?: string;
  /**
   * Answer reads from memory (store.ts): set it on PGlite when the code under test calls the stand-in
   * while holding a transaction on the same database, as the app's webhook does.
   */
  memoryReads?: boolean;
}): Promise<LocalStripeServer> {
  const { db } = options;
  if (options.memoryReads) await enableMemoryReads(db);
  const appUrl = options.appUrl ?? env().appUrl;
  const sender = createEventSender(
    options.webhookUrl
      ? { url: options.webhookUrl, secret: options.webhookSecret ?? stripeWebhookSecret() }
      : null,
  );
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    const answer = await handleLocalStripeRequest(
      db,
      {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.search,
        headers: req.headers,
        body: await readBody(req),
      },
      { appUrl, events: sender },
    );
    res.writeHead(answer.status, answer.headers).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await sender.idle();
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
    async sendEvent(type, object) {
      const [event] = await recordEvents(db, [[type, object]]);
      const [delivery] = await sender.send([event!]);
      return { event: event!, delivery: delivery ?? null };
    },
    async payCheckout(sessionId) {
      const paid = await payCheckoutSession(db, sessionId, appUrl);
      const deliveries = await sender.send(paid.events);
      return { redirectUrl: paid.redirectUrl, subscriptionId: paid.subscriptionId, deliveries };
    },
    async act(subscriptionId, action) {
      const done = await runSubscriptionAction(db, subscriptionId, action, appUrl);
      return { subscription: done.subscription, deliveries: await sender.send(done.events) };
    },
    idle: () => sender.idle(),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
