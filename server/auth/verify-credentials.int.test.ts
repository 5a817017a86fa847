import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { users } from '@/db/schema';
import { makeUser } from '@/test/factories';
import { createTestDb } from '@/test/test-db';
import type { RequestMeta } from '../services/actor';
import { hashPassword } from './password';
import { RATE_LIMITS } from './rate-limit';
import { verifyCredentials } from './verify-credentials';

const PASSWORD = 'correct horse battery';
let t: DbHandle;
let passwordHash: string;

beforeAll(async () => {
  t = await createTestDb();
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(() => t.close());

// Every test signs in from its own address so the per-IP limit of one test never trips another.
let lastOctet = 0;
const freshMeta = (): RequestMeta => ({ ip: `198.51.100.${++lastOctet}`, userAgent: 'vitest' });

const staffUser = () => makeUser(t.db, 'Dana Whitfield', passwordHash);

describe('verifyCredentials', () => {
  it('signs in with the right password', async () => {
    const user = await staffUser();
    expect(await verifyCredentials(t.db, user.email, PASSWORD, freshMeta())).toEqual({
      userId: user.id,
      twoFactor: false,
    });
  });

  it('answers the same for a wrong password, an unknown email and a user with no password', async () => {
    const user = await staffUser();
    const client = await makeUser(t.db, 'Robin');
    expect(await verifyCredentials(t.db, user.email, `${PASSWORD}!`, freshMeta())).toBe('invalid');
    expect(await verifyCredentials(t.db, `nobody.${user.id}@example.test`, PASSWORD, freshMeta())).toBe(
      'invalid',
    );
    expect(await verifyCredentials(t.db, client.email, '', freshMeta())).toBe('invalid');
  });

  it('refuses a deactivated user even with the right password', async () => {
    const user = await staffUser();
    await t.db.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, user.id));
    expect(await verifyCredentials(t.db, user.email, PASSWORD, freshMeta())).toBe('invalid');
  });
});

describe('sign-in rate limits', () => {
  const window = new Date('2026-03-02T09:00:00Z');
  const { limit, windowSeconds } = RATE_LIMITS.signInPerEmail;

  it(`refuse a 6th attempt per email in ${windowSeconds / 60} minutes, even with the right password`, async () => {
    expect(limit).toBe(5);
    const user = await staffUser();
    for (let i = 0; i < limit; i++) {
      expect(await verifyCredentials(t.db, user.email, 'wrong password', freshMeta(), window)).toBe(
        'invalid',
      );
    }
    expect(await verifyCredentials(t.db, user.email, PASSWORD, freshMeta(), window)).toBe('rate-limited');
  });

  it('answer an unknown email the same way once it is over the limit', async () => {
    const email = `unknown.${lastOctet}@example.test`;
    const answers = [];
    for (let i = 0; i <= limit; i++)
      answers.push(await verifyCredentials(t.db, email, PASSWORD, freshMeta(), window));
    expect(answers).toEqual([...Array(limit).fill('invalid'), 'rate-limited']);
  });

  it('let the email try again in the next window', async () => {
    const user = await staffUser();
    for (let i = 0; i <= limit; i++) await verifyCredentials(t.db, user.email, 'wrong', freshMeta(), window);
    const nextWindow = new Date(window.getTime() + windowSeconds * 1000);
    expect(await verifyCredentials(t.db, user.email, PASSWORD, freshMeta(), nextWindow)).toEqual({
      userId: user.id,
      twoFactor: false,
    });
  });

  it(`refuse an address after ${RATE_LIMITS.signInPerIp.limit} attempts across emails`, async () => {
    const meta = freshMeta();
    const ipLimit = RATE_LIMITS.signInPerIp.limit;
    const answers = [];
    for (let i = 0; i <= ipLimit; i++) {
      answers.push(await verifyCredentials(t.db, `spray.${lastOctet}.${i}@example.test`, 'x', meta, window));
    }
    expect(answers).toEqual([...Array(ipLimit).fill('invalid'), 'rate-limited']);
  });
});
