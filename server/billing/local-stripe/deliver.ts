// Sends events to a webhook endpoint signed as Stripe signs them (`Stripe-Signature`, HMAC of
// `t.payload`). A failed delivery is logged and kept (the event stays readable at /v1/events),
// never thrown: a missing or broken app must not break the action that caused the event.
import Stripe from 'stripe';
import type { LocalEvent } from './events';

type WebhookTarget = { url: string; secret: string };
export type DeliveryResult = { eventId: string; type: string; status: number | null; error?: string };

const TIMEOUT_MS = 10_000;

async function deliverEvent(target: WebhookTarget, event: LocalEvent): Promise<DeliveryResult> {
  const payload = JSON.stringify(event, null, 2);
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: target.secret });
  try {
    const response = await fetch(target.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Stripe-Signature': signature,
        'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
      },
      body: payload,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await response.body?.cancel();
    if (!response.ok)
      console.warn(`[local-stripe] ${event.type} ${event.id}: webhook answered ${response.status}`);
    return { eventId: event.id, type: event.type, status: response.status };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.warn(`[local-stripe] ${event.type} ${event.id}: webhook not delivered (${message})`);
    return { eventId: event.id, type: event.type, status: null, error: message };
  }
}

/**
 * One sender per webhook endpoint: events go out one after another in the order they happened
 * (Stripe does not promise order; the app must not rely on it, but a person reading logs does).
 * `idle()` resolves once everything sent so far has been attempted, for tests.
 */
export function createEventSender(target: WebhookTarget | (() => WebhookTarget | null) | null) {
  let queue: Promise<unknown> = Promise.resolve();
  const resolveTarget = () => (typeof target === 'function' ? target() : target);
  return {
    send(events: LocalEvent[]): Promise<DeliveryResult[]> {
      const run = queue.then(async () => {
        const current = resolveTarget();
        if (!current) return [];
        const results: DeliveryResult[] = [];
        for (const event of events) results.push(await deliverEvent(current, event));
        return results;
      });
      queue = run.catch(() => undefined);
      return run;
    },
    idle: () => queue.then(() => undefined),
  };
}

export type EventSender = ReturnType<typeof createEventSender>;
