import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { devMailbox, emailOutbox, emailSuppressions, notificationPreferences, practices } from '@/db/schema';
import { withTenant } from '@/db/tenant';
import { enqueueEmail } from '@/server/email/enqueue-email';
import { mailboxTransport } from '@/server/email/transports/mailbox-transport';
import { type EmailTransport, PermanentSendError } from '@/server/email/transports/transport';
import { makePractice, type TestPractice } from '@/test/factories';
import { queryRows } from '@/test/sql';
import { deliverDueEmails } from './deliver-due-emails';

let t: DbHandle;
let p: TestPractice;
let serial = 0;

// 15:00 in New York (the practice's zone): outside the default quiet hours.
const afternoon = new Date('2026-11-25T20:00:00Z');
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);
const HOUR = 3_600_000;

beforeAll(async () => {
  t = await createDb();
  p = await makePractice(t.db, 'Harbor Counseling');
});
afterAll(() => t?.close());

async function createDb() {
  const { createTestDb } = await import('@/test/test-db');
  return createTestDb({ poolSize: 8 });
}

// Each message is due from a fixed time, so no test depends on today's clock.
const dueFrom = new Date('2026-11-25T06:00:00Z');

async function enqueueMagicLink(to = `someone.${++serial}@example.test`) {
  const key = `test-magic:${++serial}`;
  await enqueueEmail(t.db, {
    to,
    sendAfter: dueFrom,
    template: 'magic-link',
    idempotencyKey: key,
    props: { url: `http://localhost/magic?token=secret-${serial}`, expiresInMinutes: 15 },
  });
  return key;
}

async function enqueueHomeworkNudge(partner = p.couple.partners[0], key = `test-nudge:${++serial}`) {
  await enqueueEmail(t.db, {
    to: partner.user.email,
    template: 'homework-assigned',
    idempotencyKey: key,
    sendAfter: dueFrom,
    sender: { practiceId: p.practice.id, name: p.practice.name },
    nudge: { recipientUserId: partner.user.id, category: 'homework' },
    props: {
      practiceName: p.practice.name,
      recipientName: 'Alex',
      url: 'http://localhost/portal',
      exerciseCount: 1,
    },
  });
  return key;
}

const row = async (key: string) => {
  const [found] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.idempotencyKey, key));
  if (!found) throw new Error(`no outbox row ${key}`);
  return found;
};
const mailboxCopies = async (key: string) =>
  t.db.select().from(devMailbox).where(eq(devMailbox.idempotencyKey, key));

/** Delivers only the given keys' rows by keeping every other pending row out of reach. */
async function deliverOnly(keys: string[], transport: EmailTransport, now: Date, extra = {}) {
  await t.db.execute(
    sql`update email_outbox set next_attempt_at = next_attempt_at + interval '100 years'
        where status = 'pending' and idempotency_key not in ${keys}`,
  );
  try {
    return await deliverDueEmails(t.db, {
      transport,
      fromAddress: 'nudges@ninefold.test',
      now: () => now,
      ...extra,
    });
  } finally {
    await t.db.execute(
      sql`update email_outbox set next_attempt_at = next_attempt_at - interval '100 years'
          where status = 'pending' and idempotency_key not in ${keys}`,
    );
  }
}

const failingOnce = (inner: EmailTransport, error: Error) => {
  let failed = false;
  return {
    name: 'flaky',
    send: (message) => {
      if (failed) return inner.send(message);
      failed = true;
      return Promise.reject(error);
    },
  } satisfies EmailTransport;
};

describe('delivering the outbox', () => {
  it('sends a message once, records the provider id and clears its body', async () => {
    const key = await enqueueMagicLink();
    const counts = await deliverOnly([key], mailboxTransport(t.db), afternoon);
    expect(counts).toMatchObject({ claimed: 1, sent: 1 });
    const sent = await row(key);
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, html: null, text: null, lockedUntil: null });
    const [copy] = await mailboxCopies(key);
    expect(sent.providerMessageId).toBe(copy?.id);
    expect(copy?.text).toContain('/magic?token=secret-');
    // No practice to follow: discreet, the default (discreet-delivery.int.test.ts has the rest).
    expect(copy?.fromAddress).toBe('"Account notifications" <nudges@ninefold.test>');
    expect(copy?.headers).toEqual({});
    // Nothing left to claim.
    expect((await deliverOnly([key], mailboxTransport(t.db), at(afternoon, HOUR))).claimed).toBe(0);
  });

  it('sends a nudge as the practice, with one-click unsubscribe headers', async () => {
    const key = await enqueueHomeworkNudge();
    await t.db.update(practices).set({ discreetClientEmail: false }).where(eq(practices.id, p.practice.id));
    await deliverOnly([key], mailboxTransport(t.db), afternoon);
    await t.db.update(practices).set({ discreetClientEmail: true }).where(eq(practices.id, p.practice.id));
    const [copy] = await mailboxCopies(key);
    expect(copy?.fromAddress).toBe('"Harbor Counseling" <nudges@ninefold.test>');
    expect(copy?.headers['List-Unsubscribe']).toMatch(/^<http:\/\/[^>]+\/api\/unsubscribe\?token=[^>]+>$/);
    expect(copy?.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(copy?.text).toMatch(/\/unsubscribe\?token=/);
  });

  it('retries a transient failure later, with backoff, and then delivers', async () => {
    const key = await enqueueMagicLink();
    const transport = failingOnce(mailboxTransport(t.db), new Error('Resend 503 service_unavailable'));
    expect(await deliverOnly([key], transport, afternoon, { retryBaseMs: 60_000 })).toMatchObject({
      retried: 1,
    });
    const waiting = await row(key);
    expect(waiting).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: 'Resend 503 service_unavailable',
    });
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(afternoon.getTime() + 30_000);
    expect(waiting.nextAttemptAt.getTime()).toBeLessThanOrEqual(afternoon.getTime() + 60_000);
    expect((await deliverOnly([key], transport, at(afternoon, 10_000))).claimed).toBe(0);
    expect(await deliverOnly([key], transport, at(afternoon, 61_000))).toMatchObject({ sent: 1 });
    expect(await row(key)).toMatchObject({ status: 'sent', attempts: 2, firstAttemptAt: afternoon });
    expect(await mailboxCopies(key)).toHaveLength(1);
  });

  it('fails a message the provider refuses, and shows it to the practice admins only', async () => {
    const key = await enqueueHomeworkNudge(p.couple.partners[1]);
    const refusing: EmailTransport = {
      name: 'refusing',
      send: () => Promise.reject(new PermanentSendError('Resend 422 validation_error: invalid `to` field')),
    };
    expect(await deliverOnly([key], refusing, afternoon)).toMatchObject({ failed: 1 });
    const failed = await row(key);
    expect(failed).toMatchObject({ status: 'failed', html: null, text: null });
    expect(failed.failedAt).toEqual(afternoon);

    const undeliveredFor = (userId: string, practiceId: string) =>
      withTenant(t.db, { practiceId, userId }, (tx) =>
        queryRows<{ id: string; last_error: string }>(tx, sql`select * from app_undelivered_email(50)`),
      );
    expect((await undeliveredFor(p.admin.user.id, p.practice.id)).map((r) => r.id)).toContain(failed.id);
    expect((await undeliveredFor(p.owner.user.id, p.practice.id)).map((r) => r.id)).toContain(failed.id);
    expect(await undeliveredFor(p.counselor.user.id, p.practice.id)).toEqual([]);
    const other = await makePractice(t.db);
    expect(await undeliveredFor(other.owner.user.id, other.practice.id)).toEqual([]);
  });

  it('gives up 23 hours after the first attempt, inside the provider idempotency window', async () => {
    const key = await enqueueMagicLink();
    const down: EmailTransport = { name: 'down', send: () => Promise.reject(new Error('Resend 500')) };
    let now = afternoon;
    let result = await deliverOnly([key], down, now, { retryBaseMs: 3_600_000 });
    while (result.retried === 1) {
      now = (await row(key)).nextAttemptAt;
      result = await deliverOnly([key], down, now, { retryBaseMs: 3_600_000 });
    }
    const failed = await row(key);
    expect(failed.status).toBe('failed');
    expect(failed.lastError).toMatch(/gave up after 23 hours/);
    // Never past the window: every attempt happened within 23 hours of the first.
    expect(now.getTime() - afternoon.getTime()).toBeLessThan(23 * HOUR);
  });

  it('holds a nudge through quiet hours and sends it when they end', async () => {
    const key = await enqueueHomeworkNudge();
    const threeAm = new Date('2026-11-25T08:00:00Z');
    expect(await deliverOnly([key], mailboxTransport(t.db), threeAm)).toMatchObject({ waiting: 1, sent: 0 });
    const held = await row(key);
    expect(held).toMatchObject({ status: 'pending', attempts: 0 });
    expect(held.nextAttemptAt).toEqual(new Date('2026-11-25T13:00:00Z'));
    expect(await mailboxCopies(key)).toHaveLength(0);
    expect(await deliverOnly([key], mailboxTransport(t.db), held.nextAttemptAt)).toMatchObject({ sent: 1 });
  });

  it('skips a nudge its recipient turned off, but still sends them a sign-in link', async () => {
    const partner = p.secondCouple.partners[0];
    await t.db.insert(notificationPreferences).values({ userId: partner.user.id, homeworkNudges: false });
    const nudge = await enqueueHomeworkNudge(partner);
    const link = await enqueueMagicLink(partner.user.email);
    expect(await deliverOnly([nudge, link], mailboxTransport(t.db), afternoon)).toMatchObject({
      skipped: 1,
      sent: 1,
    });
    expect(await row(nudge)).toMatchObject({
      status: 'skipped',
      lastError: 'recipient turned off homework emails',
    });
    expect(await mailboxCopies(nudge)).toHaveLength(0);
  });

  it('sends nothing to an address that bounced', async () => {
    const address = `bounced.${++serial}@example.test`;
    await t.db.insert(emailSuppressions).values({ email: address, reason: 'bounce' });
    const key = await enqueueMagicLink(address);
    expect(await deliverOnly([key], mailboxTransport(t.db), afternoon)).toMatchObject({ skipped: 1 });
    expect(await mailboxCopies(key)).toHaveLength(0);
  });

  it('after a crash between sending and recording, sends again with the same key and delivers once', async () => {
    const key = await enqueueMagicLink();
    const crash = new AbortController();
    const crashAfterSend: EmailTransport = {
      name: 'crash-after-send',
      send: async (message) => {
        const result = await mailboxTransport(t.db).send(message);
        crash.abort();
        return result;
      },
    };
    await deliverOnly([key], crashAfterSend, afternoon, { signal: crash.signal, leaseMs: 60_000 });
    expect(await row(key)).toMatchObject({ status: 'pending', attempts: 1 });
    // Still leased: no other worker takes it until the lease runs out.
    expect((await deliverOnly([key], mailboxTransport(t.db), at(afternoon, 30_000))).claimed).toBe(0);
    expect(await deliverOnly([key], mailboxTransport(t.db), at(afternoon, 61_000))).toMatchObject({
      sent: 1,
    });
    expect(await row(key)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(await mailboxCopies(key)).toHaveLength(1);
  });

  it('does not send a message whose lease ran out before its turn, as another worker may hold it', async () => {
    const key = await enqueueMagicLink();
    const sent: string[] = [];
    const counting: EmailTransport = {
      name: 'counting',
      send: (message) => {
        sent.push(message.idempotencyKey);
        return mailboxTransport(t.db).send(message);
      },
    };
    // The worker claims at `afternoon`, and its turn to send comes after its 60-second lease.
    let reads = 0;
    const late = () => (reads++ === 0 ? afternoon : at(afternoon, 61_000));
    await deliverOnly([key], counting, afternoon, { now: late, leaseMs: 60_000 });
    expect(sent).toEqual([]);
    expect(await row(key)).toMatchObject({ status: 'pending', attempts: 0 });
    // The worker that takes it over sends it, once.
    await deliverOnly([key], counting, at(afternoon, 62_000));
    expect(sent).toEqual([key]);
    expect(await row(key)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('shares the outbox between workers running at once without sending anything twice', async () => {
    const keys = [];
    for (let i = 0; i < 30; i++) keys.push(await enqueueMagicLink());
    const calls = new Map<string, number>();
    const counting: EmailTransport = {
      name: 'counting',
      send: (message) => {
        calls.set(message.idempotencyKey, (calls.get(message.idempotencyKey) ?? 0) + 1);
        return mailboxTransport(t.db).send(message);
      },
    };
    await t.db.execute(
      sql`update email_outbox set next_attempt_at = next_attempt_at + interval '100 years'
          where status = 'pending' and idempotency_key not in ${keys}`,
    );
    const pass = () =>
      deliverDueEmails(t.db, {
        transport: counting,
        fromAddress: 'n@t.test',
        now: () => afternoon,
        batchSize: 7,
      });
    const results = await Promise.all([pass(), pass(), pass(), pass(), pass()]);
    const total = results.reduce((sum, r) => sum + r.sent, 0);
    const rest = await pass();
    expect(total + rest.sent).toBe(30);
    expect([...calls.values()].every((n) => n === 1)).toBe(true);
    expect(calls.size).toBe(30);
  });
});
