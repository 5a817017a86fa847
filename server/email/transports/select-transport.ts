// Resend when an API key is set; otherwise the local mailbox, which production never uses: there
// a missing key stops the sender loudly instead of filing mail nobody will read.
import type { Db } from '@/db/client';
import { type AppEnv, env } from '@/server/env';
import { mailboxTransport } from './mailbox-transport';
import { resendTransport } from './resend-transport';
import type { EmailTransport } from './transport';

export function selectTransport(db: Db, config: Pick<AppEnv, 'mode' | 'email'> = env()): EmailTransport {
  const { resendApiKey, resendBaseUrl, leaseMs } = config.email;
  // A send gives up within its message's lease (renewed as it starts), so no other worker takes a
  // message that is still being sent: at most 15 s, or two thirds of a shorter lease.
  const timeoutMs = Math.min(15_000, Math.floor((leaseMs * 2) / 3));
  if (resendApiKey) return resendTransport({ apiKey: resendApiKey, baseUrl: resendBaseUrl, timeoutMs });
  if (config.mode === 'production')
    throw new Error(
      'RESEND_API_KEY is not set: production mail goes through Resend (the local mailbox is for development and tests)',
    );
  return mailboxTransport(db);
}
