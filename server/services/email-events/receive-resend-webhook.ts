// A Resend webhook delivery from its raw body and headers to an outcome the route turns into a
// status: verified first, nothing written unless the signature and the event's shape hold.
import type { Db } from '@/db/client';
import {
  MalformedEmailEvent,
  type RecordedEvent,
  recordEmailEvent,
  ZResendEvent,
} from './record-email-event';
import { InvalidWebhookSignature, verifyResendSignature } from './verify-resend-signature';

type WebhookOutcome =
  | { kind: 'not-configured' }
  | { kind: 'rejected'; reason: string }
  | ({ kind: 'recorded'; type: string } & RecordedEvent);

export async function receiveResendWebhook(
  db: Db,
  input: { secret: string | undefined; payload: string; headers: Headers },
): Promise<WebhookOutcome> {
  if (!input.secret) return { kind: 'not-configured' };
  let delivery: ReturnType<typeof verifyResendSignature>;
  try {
    delivery = verifyResendSignature(input.secret, input.payload, input.headers);
  } catch (error) {
    if (error instanceof InvalidWebhookSignature) return { kind: 'rejected', reason: error.message };
    throw error;
  }
  const event = ZResendEvent.safeParse(delivery.body);
  if (!event.success) return { kind: 'rejected', reason: 'not a Resend event' };
  try {
    const recorded = await recordEmailEvent(db, delivery.deliveryId, event.data);
    return { kind: 'recorded', type: event.data.type, ...recorded };
  } catch (error) {
    if (error instanceof MalformedEmailEvent) return { kind: 'rejected', reason: error.message };
    throw error;
  }
}
