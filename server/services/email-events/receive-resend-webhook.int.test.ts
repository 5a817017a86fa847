// Resend webhook deliveries signed the way Resend signs them (Standard Webhooks over the raw body).
import { randomBytes, randomUUID } from 'node:crypto';
import { count, eq, inArray } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { emailSuppressions, emailWebhookEvents } from '@/db/schema';
import { createTestDb } from '@/test/test-db';
import { receiveResendWebhook } from './receive-resend-webhook';

const secret = `whsec_${randomBytes(24).toString('base64')}`;
let t: DbHandle;

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const address = () => `person.${randomBytes(4).toString('hex')}@example.test`;

function event(type: string, to: string[], extra: Record<string, unknown> = {}, createdAt = new Date()) {
  return {
    type,
    created_at: createdAt.toISOString(),
    data: {
      email_id: randomUUID(),
      created_at: createdAt.toISOString(),
      from: 'Practice <nudges@ninefold.test>',
      to,
      subject: 'Something is waiting',
      ...extra,
    },
  };
}

/** A delivery as Resend sends it: svix-* headers signing id, timestamp and the exact body. */
function signed(body: unknown, options: { id?: string; at?: Date; key?: string } = {}) {
  const payload = JSON.stringify(body);
  const id = options.id ?? `msg_${randomBytes(8).toString('hex')}`;
  const at = options.at ?? new Date();
  const signature = new Webhook(options.key ?? secret).sign(id, at, payload);
  const headers = new Headers({
    'svix-id': id,
    'svix-timestamp': String(Math.floor(at.getTime() / 1000)),
    'svix-signature': signature,
    'content-type': 'application/json',
  });
  return { id, payload, headers };
}

const receive = (delivery: { payload: string; headers: Headers }, key: string | undefined) =>
  receiveResendWebhook(t.db, { secret: key, payload: delivery.payload, headers: delivery.headers });

const suppressionOf = async (email: string) =>
  (await t.db.select().from(emailSuppressions).where(eq(emailSuppressions.email, email)))[0];

const receipts = async (id: string) =>
  (await t.db.select({ n: count() }).from(emailWebhookEvents).where(eq(emailWebhookEvents.id, id)))[0]?.n;

describe('receiveResendWebhook', () => {
  it('suppresses a hard-bounced address, lowercased, dated by the event, and records the event', async () => {
    const email = address();
    const bouncedAt = new Date('2026-11-20T10:00:00Z');
    const delivery = signed(
      event(
        'email.bounced',
        [email.toUpperCase()],
        { bounce: { type: 'Permanent', subType: 'General', message: 'x' } },
        bouncedAt,
      ),
    );
    expect(await receive(delivery, secret)).toMatchObject({
      kind: 'recorded',
      status: 'applied',
      suppressed: [email],
    });
    expect(await suppressionOf(email)).toMatchObject({
      reason: 'bounce',
      providerEventId: delivery.id,
      createdAt: bouncedAt,
    });
    expect(await receipts(delivery.id)).toBe(1);
  });

  it('changes nothing when the same delivery comes again', async () => {
    const email = address();
    const delivery = signed(event('email.complained', [email]));
    await receive(delivery, secret);
    const before = await suppressionOf(email);
    expect(await receive(delivery, secret)).toMatchObject({
      kind: 'recorded',
      status: 'duplicate',
      suppressed: [],
    });
    expect(await suppressionOf(email)).toEqual(before);
    expect(await receipts(delivery.id)).toBe(1);
  });

  it('suppresses every recipient of a complaint, named or not', async () => {
    const [a, b] = [address(), address()];
    await receive(signed(event('email.complained', [`Robin <${a}>`, b.toUpperCase()])), secret);
    expect(await suppressionOf(a)).toMatchObject({ reason: 'complaint' });
    expect(await suppressionOf(b)).toMatchObject({ reason: 'complaint' });
  });

  it('lets the newest event decide the reason, whatever order they arrive in', async () => {
    const email = address();
    const complainedAt = new Date('2026-11-22T10:00:00Z');
    await receive(signed(event('email.complained', [email], {}, complainedAt)), secret);
    await receive(
      signed(
        event('email.bounced', [email], { bounce: { type: 'Permanent' } }, new Date('2026-11-21T10:00:00Z')),
      ),
      secret,
    );
    expect(await suppressionOf(email)).toMatchObject({ reason: 'complaint', createdAt: complainedAt });
  });

  it('still suppresses when the event’s date cannot be read, dating it on receipt', async () => {
    const email = address();
    const before = new Date();
    const body = { ...event('email.complained', [email]), created_at: 'the 20th of November' };
    expect(await receive(signed(body), secret)).toMatchObject({ kind: 'recorded', suppressed: [email] });
    expect((await suppressionOf(email))?.createdAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
  });

  it('acknowledges and records other events, and bounces Resend calls transient, without suppressing', async () => {
    const email = address();
    for (const body of [
      event('email.delivered', [email]),
      event('email.opened', [email]),
      event('contact.created', [email]),
      event('email.bounced', [email], { bounce: { type: 'Transient' } }),
    ]) {
      const delivery = signed(body);
      expect(await receive(delivery, secret)).toMatchObject({
        kind: 'recorded',
        status: 'applied',
        suppressed: [],
      });
      expect(await receipts(delivery.id)).toBe(1);
    }
    expect(await suppressionOf(email)).toBeUndefined();
  });

  it('rejects a wrong signature, a changed body, missing headers and a stale timestamp, writing nothing', async () => {
    const email = address();
    const body = event('email.bounced', [email]);
    const wrongKey = signed(body, { key: `whsec_${randomBytes(24).toString('base64')}` });
    const changed = signed(body);
    changed.payload = changed.payload.replace(email, address());
    const unsigned = signed(body);
    unsigned.headers.delete('svix-signature');
    const stale = signed(body, { at: new Date(Date.now() - 10 * 60_000) });
    const attempts = { wrongKey, changed, unsigned, stale };
    for (const [name, delivery] of Object.entries(attempts)) {
      expect([name, (await receive(delivery, secret)).kind]).toEqual([name, 'rejected']);
    }
    expect(await suppressionOf(email)).toBeUndefined();
    const ids = Object.values(attempts).map((d) => d.id);
    expect(await t.db.select().from(emailWebhookEvents).where(inArray(emailWebhookEvents.id, ids))).toEqual(
      [],
    );
  });

  it('rejects a signed body that is not a Resend event, or a bounce without recipients', async () => {
    const notEvent = signed({ hello: 'world' });
    expect(await receive(notEvent, secret)).toMatchObject({ kind: 'rejected' });
    const noRecipients = signed({ type: 'email.bounced', created_at: new Date().toISOString(), data: {} });
    expect(await receive(noRecipients, secret)).toMatchObject({ kind: 'rejected' });
    expect(await receipts(notEvent.id)).toBe(0);
    expect(await receipts(noRecipients.id)).toBe(0);
  });

  it('answers not configured without a secret, and writes nothing', async () => {
    const email = address();
    const delivery = signed(event('email.bounced', [email]));
    expect(await receive(delivery, undefined)).toEqual({ kind: 'not-configured' });
    expect(await receipts(delivery.id)).toBe(0);
    expect(await suppressionOf(email)).toBeUndefined();
  });
});
