// The route as Resend reaches it: a signed POST answers 200 and suppresses; anything unsigned answers
// 400; without a signing secret it answers 503. The app's database handle is the test database.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '@/db/client';
import { emailSuppressions, emailWebhookEvents } from '@/db/schema';
import { createTestDb } from '@/test/test-db';

const handle = vi.hoisted(() => ({ current: undefined as DbHandle | undefined }));
vi.mock('@/server/db', () => ({
  getDb: async () => {
    if (!handle.current) throw new Error('no test database');
    return handle.current.db;
  },
}));

const secret = `whsec_${randomBytes(24).toString('base64')}`;

beforeAll(async () => {
  handle.current = await createTestDb();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await handle.current?.close();
});

/** The route module read afresh with this environment (server/env caches what it read). */
async function routeWith(webhookSecret: string | undefined) {
  vi.resetModules();
  if (webhookSecret) vi.stubEnv('RESEND_WEBHOOK_SECRET', webhookSecret);
  else delete process.env.RESEND_WEBHOOK_SECRET;
  return import('./route');
}

function request(body: unknown, sign = true) {
  const payload = JSON.stringify(body);
  const id = `msg_${randomBytes(8).toString('hex')}`;
  const at = new Date();
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (sign) {
    headers['svix-id'] = id;
    headers['svix-timestamp'] = String(Math.floor(at.getTime() / 1000));
    headers['svix-signature'] = new Webhook(secret).sign(id, at, payload);
  }
  return {
    id,
    request: new Request('http://localhost/api/webhooks/resend', { method: 'POST', headers, body: payload }),
  };
}

const bounce = (email: string) => ({
  type: 'email.bounced',
  created_at: new Date().toISOString(),
  data: {
    email_id: 'e1',
    from: 'P <n@ninefold.test>',
    to: [email],
    subject: 's',
    bounce: { type: 'Permanent' },
  },
});

const rows = async (id: string, email: string) => ({
  events: await handle.current!.db.select().from(emailWebhookEvents).where(eq(emailWebhookEvents.id, id)),
  suppressions: await handle
    .current!.db.select()
    .from(emailSuppressions)
    .where(eq(emailSuppressions.email, email)),
});

describe('POST /api/webhooks/resend', () => {
  it('answers 200 to a signed bounce and suppresses the address', async () => {
    const { POST } = await routeWith(secret);
    const email = `bounced.${randomBytes(4).toString('hex')}@example.test`;
    const { id, request: req } = request(bounce(email));
    const res = await POST(req);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ received: true, duplicate: false });
    const written = await rows(id, email);
    expect(written.events).toHaveLength(1);
    expect(written.suppressions).toMatchObject([{ email, reason: 'bounce' }]);
  });

  it('answers 400 to an unsigned delivery and writes nothing', async () => {
    const { POST } = await routeWith(secret);
    const email = `unsigned.${randomBytes(4).toString('hex')}@example.test`;
    const { id, request: req } = request(bounce(email), false);
    expect((await POST(req)).status).toBe(400);
    expect(await rows(id, email)).toEqual({ events: [], suppressions: [] });
  });

  it('answers 503 without a signing secret and writes nothing', async () => {
    const { POST } = await routeWith(undefined);
    const email = `unconfigured.${randomBytes(4).toString('hex')}@example.test`;
    const { id, request: req } = request(bounce(email));
    expect((await POST(req)).status).toBe(503);
    expect(await rows(id, email)).toEqual({ events: [], suppressions: [] });
  });
});
