// Resend signs webhooks the Standard Webhooks way (through Svix): svix-id, svix-timestamp and
// svix-signature headers over the raw body, a whsec_ secret, and five minutes of clock tolerance.
import { Webhook, WebhookVerificationError } from 'standardwebhooks';

export class InvalidWebhookSignature extends Error {
  override name = 'InvalidWebhookSignature';
}

/** The verified delivery: its id (the same on every redelivery) and its parsed body. */
type VerifiedDelivery = { deliveryId: string; body: unknown };

export function verifyResendSignature(secret: string, payload: string, headers: Headers): VerifiedDelivery {
  // Svix names the Standard Webhooks headers svix-*; either spelling is accepted.
  const header = (name: string) => headers.get(`svix-${name}`) ?? headers.get(`webhook-${name}`) ?? '';
  const signed = {
    'webhook-id': header('id'),
    'webhook-timestamp': header('timestamp'),
    'webhook-signature': header('signature'),
  };
  let webhook: Webhook;
  try {
    webhook = new Webhook(secret);
  } catch {
    // A secret that is not base64 is a set-up error, not the sender's: say so loudly.
    throw new Error('RESEND_WEBHOOK_SECRET is not a valid whsec_ signing secret');
  }
  try {
    const body: unknown = webhook.verify(payload, signed);
    return { deliveryId: signed['webhook-id'], body };
  } catch (error) {
    if (error instanceof WebhookVerificationError) throw new InvalidWebhookSignature(error.message);
    // A signed body that is not JSON.
    if (error instanceof SyntaxError) throw new InvalidWebhookSignature('the signed body is not JSON');
    throw error;
  }
}
