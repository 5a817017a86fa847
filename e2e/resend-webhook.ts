// Resend webhook deliveries signed as Resend signs them, for journeys that need a bounce to happen.
// The e2e server is started with this secret (playwright.config.ts); it is a test value only.
import { randomBytes } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import { Webhook } from 'standardwebhooks';

export const E2E_RESEND_WEBHOOK_SECRET = 'whsec_ZTJlLW9ubHktcmVzZW5kLXdlYmhvb2stc2VjcmV0';

export async function postResendEvent(request: APIRequestContext, event: unknown) {
  const payload = JSON.stringify(event);
  const id = `msg_${randomBytes(8).toString('hex')}`;
  const at = new Date();
  return request.post('/api/webhooks/resend', {
    headers: {
      'content-type': 'application/json',
      'svix-id': id,
      'svix-timestamp': String(Math.floor(at.getTime() / 1000)),
      'svix-signature': new Webhook(process.env.E2E_RESEND_WEBHOOK_SECRET ?? E2E_RESEND_WEBHOOK_SECRET).sign(
        id,
        at,
        payload,
      ),
    },
    data: payload,
  });
}
