// Sends through Resend's API with the message's idempotency key, so a retry after a lost answer
// delivers nothing twice (Resend remembers a key for 24 hours).
import { Resend } from 'resend';
import { sendErrorFrom } from './resend-errors';
import type { EmailTransport, OutgoingMessage } from './transport';

type ResendTransportOptions = {
  apiKey: string;
  /** Resend's API address; tests point it at test/fake-resend. */
  baseUrl?: string;
  /** A send that has not answered by then is abandoned and retried later under the same key. */
  timeoutMs?: number;
};

const DEFAULT_TIMEOUT_MS = 15_000;

export function resendTransport(options: ResendTransportOptions): EmailTransport {
  const client = new Resend(options.apiKey, options.baseUrl ? { baseUrl: options.baseUrl } : undefined);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return {
    name: 'resend',
    async send(message: OutgoingMessage) {
      const { data, error } = await client.emails.send(
        {
          from: message.from,
          to: message.to,
          subject: message.subject,
          html: message.html,
          text: message.text,
          headers: message.headers,
        },
        { idempotencyKey: message.idempotencyKey, signal: AbortSignal.timeout(timeoutMs) },
      );
      if (error) throw sendErrorFrom(error);
      if (!data?.id) throw new Error('Resend answered without a message id');
      return { providerMessageId: data.id };
    },
  };
}
