import { randomBytes } from 'node:crypto';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { DbHandle } from '@/db/client';
import { auditEvents, memberships, practices, users } from '@/db/schema';
import { hashPassword } from '@/server/auth/password';
import { verifyCredentials } from '@/server/auth/verify-credentials';
import { AppError } from '@/server/errors';
import { callerFor } from '@/test/factories';
import { expectSqlError } from '@/test/sql';
import { createTestDb } from '@/test/test-db';
import type { RequestMeta } from '../actor';
import {
  createPractice,
  type TCreatePracticeInput,
  type TNewPractice,
  ZCreatePracticeInput,
} from './create-practice';

const meta: RequestMeta = { ip: '192.0.2.10', userAgent: 'vitest' };
// The audit insert is the last write of a sign-up; failing it shows whether the earlier writes stay.
const FAILING_AUDIT_IP = '192.0.2.99';

const PASSWORD = 'correct horse battery';
let t: DbHandle;
let passwordHash: string;

beforeAll(async () => {
  t = await createTestDb();
  passwordHash = await hashPassword(PASSWORD);
  await t.db.execute(sql`
    create function fail_audit_for_test() returns trigger language plpgsql as $$
    begin raise exception 'audit refused by test'; end $$`);
  await t.db.execute(sql`
    create trigger fail_audit_for_test before insert on audit_events
      for each row when (new.ip = ${sql.raw(`'${FAILING_AUDIT_IP}'`)}) execute function fail_audit_for_test()`);
});
afterAll(() => t.close());

/** A sign-up as it is kept until its email is confirmed (complete-sign-up.ts then calls createPractice). */
function signUpForm(overrides: Partial<Record<keyof TCreatePracticeInput, string>> = {}): TNewPractice {
  const { password: _, ...form } = ZCreatePracticeInput.parse({
    practiceName: 'Harbor Counseling',
    name: 'Dana Whitfield',
    email: `dana.${randomBytes(4).toString('hex')}@example.test`,
    password: PASSWORD,
    ...overrides,
  });
  return { ...form, passwordHash };
}

async function rowCounts() {
  const [u] = await t.db.select({ n: count() }).from(users);
  const [p] = await t.db.select({ n: count() }).from(practices);
  const [m] = await t.db.select({ n: count() }).from(memberships);
  const [a] = await t.db.select({ n: count() }).from(auditEvents);
  return { users: u?.n, practices: p?.n, memberships: m?.n, audit: a?.n };
}

describe('signing up a practice', () => {
  it('creates the practice, its owner and an audit event, and the owner can sign in', async () => {
    const form = signUpForm({ timeZone: 'Europe/Lisbon' });
    const { practiceId, userId } = await createPractice(t.db, form, meta);

    const [practice] = await t.db.select().from(practices).where(eq(practices.id, practiceId));
    expect(practice).toMatchObject({ name: 'Harbor Counseling', timeZone: 'Europe/Lisbon' });
    const [owner] = await t.db.select().from(memberships).where(eq(memberships.userId, userId));
    expect(owner).toMatchObject({ practiceId, role: 'owner', status: 'active' });
    const [user] = await t.db.select().from(users).where(eq(users.id, userId));
    expect(user).toMatchObject({ email: form.email, name: 'Dana Whitfield', deactivatedAt: null });
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    const audit = await t.db.select().from(auditEvents).where(eq(auditEvents.practiceId, practiceId));
    expect(audit).toEqual([
      expect.objectContaining({
        actorUserId: userId,
        action: 'practice.created',
        targetType: 'practice',
        targetId: practiceId,
        ip: meta.ip,
        userAgent: meta.userAgent,
      }),
    ]);

    expect(await verifyCredentials(t.db, form.email, PASSWORD, meta)).toEqual({
      userId,
      twoFactor: false,
    });
    const current = await callerFor(t.db, userId, practiceId).practice.current();
    expect(current).toMatchObject({ id: practiceId, role: 'owner', me: { email: form.email } });
  });

  it('refuses an email that already has an account, whatever its case, and writes nothing', async () => {
    const form = signUpForm();
    await createPractice(t.db, form, meta);
    const before = await rowCounts();
    const again = signUpForm({ email: form.email.toUpperCase(), practiceName: 'Another Practice' });
    const refusal = createPractice(t.db, again, meta);
    await expect(refusal).rejects.toBeInstanceOf(AppError);
    await expect(refusal).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'An account with this email already exists. Sign in instead.',
    });
    expect(await rowCounts()).toEqual(before);
  });

  // One pair loses the race only some of the time on Postgres, so several pairs are tried.
  it('lets only one of two simultaneous sign-ups with one email through, refusing the other as a conflict', async () => {
    const pairs = 8;
    const before = await rowCounts();
    for (let i = 0; i < pairs; i++) {
      const form = signUpForm();
      const results = await Promise.allSettled([
        createPractice(t.db, form, meta),
        createPractice(t.db, { ...form, practiceName: 'Twin Practice' }, meta),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const refused = results.find((r) => r.status === 'rejected');
      expect(refused?.reason).toBeInstanceOf(AppError);
      expect(refused?.reason).toMatchObject({ code: 'CONFLICT' });
    }
    const after = await rowCounts();
    expect(after.users).toBe(Number(before.users) + pairs);
    expect(after.practices).toBe(Number(before.practices) + pairs);
  });

  it('writes nothing when a later step of the sign-up fails', async () => {
    const form = signUpForm();
    const before = await rowCounts();
    const failure = await expectSqlError(createPractice(t.db, form, { ...meta, ip: FAILING_AUDIT_IP }));
    expect(failure.message).toContain('audit refused by test');
    expect(await rowCounts()).toEqual(before);
    expect(await t.db.select().from(users).where(eq(users.email, form.email))).toEqual([]);
  });
});

describe('the sign-up form schema', () => {
  it('trims and lower-cases the email and trims the names', () => {
    expect(
      ZCreatePracticeInput.parse({
        practiceName: '  Harbor Counseling ',
        name: ' Dana ',
        email: '  Dana@Example.TEST ',
        password: 'correct horse battery',
      }),
    ).toEqual({
      practiceName: 'Harbor Counseling',
      name: 'Dana',
      email: 'dana@example.test',
      password: 'correct horse battery',
      timeZone: 'America/New_York',
    });
  });

  it('keeps a known time zone and refuses a made-up one', () => {
    const base = {
      practiceName: 'Harbor',
      name: 'Dana',
      email: 'dana@example.test',
      password: 'correct horse battery',
    };
    expect(ZCreatePracticeInput.parse({ ...base, timeZone: 'Australia/Adelaide' }).timeZone).toBe(
      'Australia/Adelaide',
    );
    const made = ZCreatePracticeInput.safeParse({ ...base, timeZone: 'Mars/Olympus_Mons' });
    expect(made.error && z.flattenError(made.error).fieldErrors.timeZone).toEqual([
      'Choose a time zone from the list.',
    ]);
  });

  it('explains every invalid field in words a person can act on', () => {
    const result = ZCreatePracticeInput.safeParse({
      practiceName: ' ',
      name: '',
      email: 'not-an-email',
      password: 'short',
    });
    expect(result.success).toBe(false);
    expect(result.error && z.flattenError(result.error).fieldErrors).toEqual({
      practiceName: ['Enter the practice name.'],
      name: ['Enter a name.'],
      email: ['Enter a valid email address.'],
      password: ['Use at least 10 characters.'],
    });
  });

  it('refuses a missing field and an over-long password', () => {
    const missing = ZCreatePracticeInput.safeParse({ practiceName: 'Harbor', name: 'Dana', password: 'x' });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((i) => i.path.join('.'))).toContain('email');
    const long = ZCreatePracticeInput.safeParse({
      practiceName: 'Harbor',
      name: 'Dana',
      email: 'dana@example.test',
      password: 'x'.repeat(201),
    });
    expect(long.error && z.flattenError(long.error).fieldErrors.password).toEqual([
      'Use at most 200 characters.',
    ]);
  });
});
