// What a transport is given and what it answers. A transport must treat the idempotency key as
// Resend does: a second send with the same key delivers nothing new and answers the first id.

export type OutgoingMessage = {
  idempotencyKey: string;
  /** `Practice Name <address>` */
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
};

export type EmailTransport = {
  name: string;
  /** Resolves with the provider's message id. Throws PermanentSendError when retrying cannot help. */
  send(message: OutgoingMessage): Promise<{ providerMessageId: string }>;
};

/** The provider refused the message itself (bad address, bad request): retrying cannot help. */
export class PermanentSendError extends Error {
  override name = 'PermanentSendError';
}
