// Resend's delivery events (bounces, complaints, ...). The raw body is read as text: the signature
// covers its exact bytes.
import { getDb } from '@/server/db';
import { env } from '@/server/env';
import { receiveResendWebhook } from '@/server/services/email-events/receive-resend-webhook';

export async function POST(req: Request) {
  const secret = env().email.resendWebhookSecret;
  if (!secret) return Response.json({ error: 'Resend webhooks are not configured' }, { status: 503 });
  const payload = await req.text();
  const outcome = await receiveResendWebhook(await getDb(), { secret, payload, headers: req.headers });
  switch (outcome.kind) {
    case 'not-configured':
      return Response.json({ error: 'Resend webhooks are not configured' }, { status: 503 });
    case 'rejected':
      return Response.json({ error: outcome.reason }, { status: 400 });
    case 'recorded':
      return Response.json({ received: true, duplicate: outcome.status === 'duplicate' });
  }
}
