// Sign-up from the form to the practice: the form's answer and its side effects seen from outside
// are the same for every address; the practice exists only once the emailed link is followed.
import { randomBytes } from 'node:crypto';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { memberships, practices, signUpRequests, users } from '@/db/schema';
import { hashPassword } from '@/server/auth/password';
import { RATE_LIMITS } from '@/server/auth/rate-limit';
import { hashToken } from '@/server/auth/tokens';
import { verifyCredentials } from '@/server/auth/verify-credentials';
import { env } from '@/server/env';
import { AppError } from '@/server/errors';
import { runMinuteJobs } from '@/server/jobs/run-minute-jobs';
import { makePractice, type TestPractice } from '@/test/factories';
import { linkToken, outboxTo } from '@/test/outbox';
import { queryRows } from '@/test/sql';
import { createTestDb } from '@/test/test-db';
import type { RequestMeta } from '../actor';
import { completeSignUp } from './complete-sign-up';
import { type TCreatePracticeInput, ZCreatePracticeInput } from './create-practice';
import { getSignUpRequest } from './get-sign-up-request';
import { requestSignUp, SIGN_UP_LINK_MINUTES } from './request-sign-up';

const PASSWORD = 'correct horse battery';
let t: DbHandle;
let p: TestPractice;

beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
  await t.db
    .update(users)
    .set({ passwordHash: await hashPassword('the owner own password') })
    .where(eq(users.id, p.owner.user.id));
});
afterAll(() => t.close());

// Every request comes from its own address so the per-IP limit of one test never trips another.
let lastOctet = 0;
const freshMeta = (): RequestMeta => ({ ip: `192.0.2.${++lastOctet}`, userAgent: 'vitest' });
const newEmail = () => `new.${randomBytes(4).toString('hex')}@example.test`;

function form(email: string, overrides: Partial<TCreatePracticeInput> = {}) {
  return ZCreatePracticeInput.parse({
    practiceName: 'Lakeside Counseling',
    name: 'Noor Haddad',
    email,
    password: PASSWORD,
    ...overrides,
  });
}

async function rowCounts() {
  const [u] = await t.db.select({ n: count() }).from(users);
  const [pr] = await t.db.select({ n: count() }).from(practices);
  const [m] = await t.db.select({ n: count() }).from(memberships);
  return { users: u?.n, practices: pr?.n, memberships: m?.n };
}

async function signUpAndReadToken(email: string, now = new Date()) {
  expect(await requestSignUp(t.db, form(email), freshMeta(), now)).toBe('sent');
  const sent = await outboxTo(t.db, email);
  return linkToken(sent.at(-1)?.text ?? '', '/sign-up/confirm');
}

describe('the sign-up form', () => {
  it('answers the same for a new address, a staff member, a client and a deactivated account', async () => {
    const deactivated = p.otherCouple.partners[1].user;
    await t.db.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, deactivated.id));
    const addresses = {
      new: newEmail(),
      staff: p.owner.user.email,
      client: p.couple.partners[0].user.email,
      deactivated: deactivated.email,
    };
    const answers = [];
    for (const email of Object.values(addresses))
      answers.push(await requestSignUp(t.db, form(email), freshMeta()));
    expect(answers).toEqual(['sent', 'sent', 'sent', 'sent']);
    for (const email of Object.values(addresses)) expect(await outboxTo(t.db, email)).toHaveLength(1);
  });

  it('creates nothing yet for a new address, and mails it a link to finish', async () => {
    const email = newEmail();
    const before = await rowCounts();
    expect(await requestSignUp(t.db, form(email), freshMeta())).toBe('sent');
    expect(await rowCounts()).toEqual(before);
    const [message] = await outboxTo(t.db, email);
    expect(message?.template).toBe('sign-up-confirm');
    expect(message?.text).toContain(`${env().appUrl}/sign-up/confirm?token=`);
    // Whatever a stranger types into the form stays out of the inbox.
    expect(`${message?.subject} ${message?.html}`).not.toMatch(/Lakeside|Noor/);
  });

  it('tells an existing account by email only, with the way in that fits it', async () => {
    const staff = p.owner.user.email;
    const client = p.couple.partners[1].user.email;
    await requestSignUp(t.db, form(staff), freshMeta());
    await requestSignUp(t.db, form(client), freshMeta());
    const [toStaff] = await outboxTo(t.db, staff);
    const [toClient] = await outboxTo(t.db, client);
    expect(toStaff?.template).toBe('sign-up-existing');
    expect(toStaff?.text).toContain(`${env().appUrl}/sign-in`);
    expect(toClient?.template).toBe('sign-up-existing');
    expect(toClient?.text).toContain(`${env().appUrl}/sign-in/link`);
    // A client's copy has a discreet version, chosen at delivery like every client message; staff's has none.
    expect(toClient?.discreetSubject).not.toMatch(/Ninefold/);
    expect(toClient?.recipientUserId).toBe(p.couple.partners[1].user.id);
    expect(toStaff?.discreetSubject).toBeNull();
    const waiting = await t.db.select().from(signUpRequests).where(eq(signUpRequests.email, client));
    expect(waiting).toEqual([]);
  });

  it('sends an existing account one note per window however often the form is sent', async () => {
    const client = p.secondCouple.partners[0].user.email;
    const now = new Date('2026-03-02T09:00:00Z');
    expect(await requestSignUp(t.db, form(client), freshMeta(), now)).toBe('sent');
    expect(await requestSignUp(t.db, form(client), freshMeta(), now)).toBe('sent');
    expect(await outboxTo(t.db, client)).toHaveLength(1);
  });

  it('keeps only the hashes of the password and of the token', async () => {
    const email = newEmail();
    const token = await signUpAndReadToken(email);
    const [row] = await t.db.select().from(signUpRequests).where(eq(signUpRequests.email, email));
    expect(row?.tokenHash).toBe(hashToken(token));
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
    const everything = await queryRows<Record<string, unknown>>(t.db, sql`select * from sign_up_requests`);
    expect(JSON.stringify(everything)).not.toContain(token);
    expect(JSON.stringify(everything)).not.toContain(PASSWORD);
  });

  it(`answers rate-limited after ${RATE_LIMITS.signUpPerEmail.limit} per address, alike for new and existing addresses`, async () => {
    const { limit } = RATE_LIMITS.signUpPerEmail;
    const window = new Date('2026-03-02T10:00:00Z');
    const expected = [...Array(limit).fill('sent'), 'rate-limited'];
    for (const email of [newEmail(), p.couple.partners[0].user.email, p.counselor.user.email]) {
      const answers = [];
      for (let i = 0; i <= limit; i++)
        answers.push(await requestSignUp(t.db, form(email), freshMeta(), window));
      expect(answers, email).toEqual(expected);
    }
  });

  it(`answers rate-limited after ${RATE_LIMITS.signUpPerIp.limit} sign-ups from one address`, async () => {
    const meta = freshMeta();
    const { limit } = RATE_LIMITS.signUpPerIp;
    // One fixed instant: with the real clock the calls can straddle the hour's window and all pass.
    const window = new Date('2026-03-02T10:00:00Z');
    const answers = [];
    for (let i = 0; i <= limit; i++) answers.push(await requestSignUp(t.db, form(newEmail()), meta, window));
    expect(answers).toEqual([...Array(limit).fill('sent'), 'rate-limited']);
  });
});

describe('following the sign-up link', () => {
  it('creates the practice and its owner, who can then sign in with the chosen password', async () => {
    const email = newEmail();
    const token = await signUpAndReadToken(email);
    expect(await getSignUpRequest(t.db, token)).toEqual({ email, practiceName: 'Lakeside Counseling' });
    const meta = freshMeta();
    const { practiceId, userId } = await completeSignUp(t.db, { token, password: PASSWORD }, meta);
    const [practice] = await t.db.select().from(practices).where(eq(practices.id, practiceId));
    expect(practice?.name).toBe('Lakeside Counseling');
    const [owner] = await t.db.select().from(memberships).where(eq(memberships.userId, userId));
    expect(owner).toMatchObject({ practiceId, role: 'owner', status: 'active' });
    expect(await verifyCredentials(t.db, email, PASSWORD, meta)).toEqual({ userId, twoFactor: false });
    expect(await getSignUpRequest(t.db, token)).toBeNull();
    // The waiting copy of the password hash goes with the spent link.
    expect(await t.db.select().from(signUpRequests).where(eq(signUpRequests.email, email))).toEqual([]);
  });

  it('works once', async () => {
    const token = await signUpAndReadToken(newEmail());
    await completeSignUp(t.db, { token, password: PASSWORD }, freshMeta());
    const again = completeSignUp(t.db, { token, password: PASSWORD }, freshMeta());
    await expect(again).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('needs the password chosen on the form, so a stranger cannot set up an account for the inbox owner', async () => {
    const email = newEmail();
    const token = await signUpAndReadToken(email);
    const before = await rowCounts();
    const wrong = completeSignUp(t.db, { token, password: 'the inbox owner guesses' }, freshMeta());
    await expect(wrong).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    expect(await rowCounts()).toEqual(before);
    await expect(completeSignUp(t.db, { token, password: PASSWORD }, freshMeta())).resolves.toMatchObject({
      email,
    });
  });

  it(`refuses the ${RATE_LIMITS.signUpConfirmPerLink.limit + 1}th password tried on one link`, async () => {
    const token = await signUpAndReadToken(newEmail());
    for (let i = 0; i < RATE_LIMITS.signUpConfirmPerLink.limit; i++) {
      await expect(
        completeSignUp(t.db, { token, password: `guess ${i}` }, freshMeta()),
      ).rejects.toMatchObject({
        code: 'UNAUTHORIZED',
      });
    }
    const last = completeSignUp(t.db, { token, password: PASSWORD }, freshMeta());
    await expect(last).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
  });

  it(`works for ${SIGN_UP_LINK_MINUTES} minutes and not after`, async () => {
    const requestedAt = new Date('2026-03-02T11:00:00Z');
    const expiry = requestedAt.getTime() + SIGN_UP_LINK_MINUTES * 60_000;
    const late = await signUpAndReadToken(newEmail(), requestedAt);
    const atExpiry = completeSignUp(t.db, { token: late, password: PASSWORD }, freshMeta(), new Date(expiry));
    await expect(atExpiry).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const inTime = await signUpAndReadToken(newEmail(), requestedAt);
    await expect(
      completeSignUp(t.db, { token: inTime, password: PASSWORD }, freshMeta(), new Date(expiry - 1)),
    ).resolves.toHaveProperty('practiceId');
  });

  it('lets one of two simultaneous submits through', async () => {
    const before = await rowCounts();
    const token = await signUpAndReadToken(newEmail());
    const results = await Promise.allSettled([
      completeSignUp(t.db, { token, password: PASSWORD }, freshMeta()),
      completeSignUp(t.db, { token, password: PASSWORD }, freshMeta()),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected');
    expect(refused?.reason).toBeInstanceOf(AppError);
    expect((await rowCounts()).practices).toBe(Number(before.practices) + 1);
  });

  it('refuses a second link for an address that got its account through the first', async () => {
    const email = newEmail();
    const first = await signUpAndReadToken(email);
    const second = await signUpAndReadToken(email);
    await completeSignUp(t.db, { token: first, password: PASSWORD }, freshMeta());
    const again = completeSignUp(t.db, { token: second, password: PASSWORD }, freshMeta());
    await expect(again).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('sign-ups whose link was never followed', () => {
  it('are purged by the minute jobs once the link expires, and not before', async () => {
    const requestedAt = new Date(Date.now() - 10 * 60_000);
    const expiry = requestedAt.getTime() + SIGN_UP_LINK_MINUTES * 60_000;
    const email = newEmail();
    await signUpAndReadToken(email, requestedAt);
    const waiting = () => t.db.select().from(signUpRequests).where(eq(signUpRequests.email, email));
    await runMinuteJobs(t.db, new Date(expiry - 1));
    expect(await waiting()).toHaveLength(1);
    const { expiredSignUps } = await runMinuteJobs(t.db, new Date(expiry));
    expect(expiredSignUps).toBeGreaterThanOrEqual(1);
    expect(await waiting()).toEqual([]);
  });
});
