import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { magicLinks, users } from '@/db/schema';
import { makeMember, makePractice, type TestPractice } from '@/test/factories';
import { linkToken, outboxTo } from '@/test/outbox';
import { queryRows } from '@/test/sql';
import { createTestDb } from '@/test/test-db';
import { env } from '../env';
import type { RequestMeta } from '../services/actor';
import { consumeMagicLink, MAGIC_LINK_MINUTES, requestMagicLink } from './magic-link';
import { RATE_LIMITS } from './rate-limit';
import { hashToken } from './tokens';

let t: DbHandle;
let p: TestPractice;

beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
});
afterAll(() => t.close());

// Every test asks from its own address so the per-IP limit of one test never trips another.
let lastOctet = 0;
const freshMeta = (): RequestMeta => ({ ip: `203.0.113.${++lastOctet}`, userAgent: 'vitest' });

async function newClient() {
  return (await makeMember(t.db, p.practice.id, 'client')).user;
}

async function requestAndReadToken(email: string, now = new Date()) {
  expect(await requestMagicLink(t.db, email, freshMeta(), now)).toBe('sent');
  const sent = await outboxTo(t.db, email);
  return linkToken(sent.at(-1)?.text ?? '', '/magic');
}

describe('requesting a magic link', () => {
  it('mails an existing client exactly one message with a sign-in link', async () => {
    const client = p.couple.partners[0].user;
    expect(await requestMagicLink(t.db, client.email, freshMeta())).toBe('sent');
    const sent = await outboxTo(t.db, client.email);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.template).toBe('magic-link');
    expect(sent[0]?.status).toBe('pending');
    expect(sent[0]?.text).toContain(`${env().appUrl}/magic?token=`);
    expect(sent[0]?.html).toContain(`${env().appUrl}/magic?token=`);
  });

  it('answers the same for an unknown address and mails nothing', async () => {
    const email = `nobody.${lastOctet}@example.test`;
    expect(await requestMagicLink(t.db, email, freshMeta())).toBe('sent');
    expect(await outboxTo(t.db, email)).toHaveLength(0);
  });

  it('mails nothing to staff or to a deactivated client, with the same answer', async () => {
    const deactivated = await newClient();
    await t.db.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, deactivated.id));
    for (const email of [p.counselor.user.email, p.owner.user.email, deactivated.email]) {
      expect(await requestMagicLink(t.db, email, freshMeta())).toBe('sent');
      expect(await outboxTo(t.db, email)).toHaveLength(0);
    }
  });

  it('stores only the hash of the token', async () => {
    const client = await newClient();
    const token = await requestAndReadToken(client.email);
    const rows = await t.db.select().from(magicLinks).where(eq(magicLinks.userId, client.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).toBe(hashToken(token));
    const everything = await queryRows<Record<string, unknown>>(t.db, sql`select * from magic_links`);
    expect(JSON.stringify(everything)).not.toContain(token);
  });
});

describe('signing in with a magic link', () => {
  it('signs the client in once and refuses the same link after that', async () => {
    const client = await newClient();
    const token = await requestAndReadToken(client.email);
    expect(await consumeMagicLink(t.db, token)).toBe(client.id);
    expect(await consumeMagicLink(t.db, token)).toBeNull();
  });

  it('lets only one of two simultaneous uses of a link through', async () => {
    const client = await newClient();
    const token = await requestAndReadToken(client.email);
    const results = await Promise.all([consumeMagicLink(t.db, token), consumeMagicLink(t.db, token)]);
    expect(results.filter((userId) => userId === client.id)).toHaveLength(1);
    expect(results.filter((userId) => userId === null)).toHaveLength(1);
  });

  it(`works until ${MAGIC_LINK_MINUTES} minutes after the request and not after`, async () => {
    const requestedAt = new Date('2026-03-02T09:00:00Z');
    const expiry = requestedAt.getTime() + MAGIC_LINK_MINUTES * 60_000;
    const client = await newClient();
    const late = await requestAndReadToken(client.email, requestedAt);
    expect(await consumeMagicLink(t.db, late, new Date(expiry + 1))).toBeNull();
    expect(await consumeMagicLink(t.db, late, new Date(expiry))).toBeNull();
    const other = await newClient();
    const inTime = await requestAndReadToken(other.email, requestedAt);
    expect(await consumeMagicLink(t.db, inTime, new Date(expiry - 1))).toBe(other.id);
  });

  it('refuses an unknown token and a link whose user was deactivated after it was sent', async () => {
    expect(await consumeMagicLink(t.db, 'x'.repeat(43))).toBeNull();
    const client = await newClient();
    const token = await requestAndReadToken(client.email);
    await t.db.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, client.id));
    expect(await consumeMagicLink(t.db, token)).toBeNull();
  });
});

describe('magic link rate limits', () => {
  const { limit } = RATE_LIMITS.magicLinkPerEmail;
  const window = new Date('2026-03-02T10:00:00Z');
  const nextWindow = new Date(window.getTime() + RATE_LIMITS.magicLinkPerEmail.windowSeconds * 1000);

  async function answers(email: string, count: number, now: Date) {
    const result = [];
    for (let i = 0; i < count; i++) result.push(await requestMagicLink(t.db, email, freshMeta(), now));
    return result;
  }

  it(`answers rate-limited after ${limit} requests per email, the same for known and unknown addresses`, async () => {
    const client = await newClient();
    const expected = [...Array(limit).fill('sent'), 'rate-limited', 'rate-limited'];
    expect(await answers(client.email, limit + 2, window)).toEqual(expected);
    expect(await answers(`unknown.${client.id}@example.test`, limit + 2, window)).toEqual(expected);
    expect(await outboxTo(t.db, client.email)).toHaveLength(limit);
  });

  it('lets the same address ask again in the next window', async () => {
    const client = await newClient();
    await answers(client.email, limit + 1, window);
    expect(await requestMagicLink(t.db, client.email, freshMeta(), nextWindow)).toBe('sent');
    expect(await outboxTo(t.db, client.email)).toHaveLength(limit + 1);
  });

  it(`answers rate-limited after ${RATE_LIMITS.magicLinkPerIp.limit} requests from one address`, async () => {
    const meta = freshMeta();
    const ipLimit = RATE_LIMITS.magicLinkPerIp.limit;
    const emails = Array.from({ length: ipLimit + 1 }, (_, i) => `ip.${lastOctet}.${i}@example.test`);
    const result = [];
    for (const email of emails) result.push(await requestMagicLink(t.db, email, meta, window));
    expect(result).toEqual([...Array(ipLimit).fill('sent'), 'rate-limited']);
  });
});
