// Two-factor sign-in end to end on the database: setup, the encrypted secret, codes that work once,
// recovery codes that work once, the attempt limit, regenerating, turning off, moving to a new
// phone, the audit trail in every practice the person works in, and sign-in without a session
// until the code is right.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import {
  auditEvents,
  authSessions,
  memberships,
  practices,
  recoveryCodes,
  users,
  userTwoFactor,
} from '@/db/schema';
import { AppError } from '@/server/errors';
import { makePractice, makeUser, type TestPractice } from '@/test/factories';
import { createTestDb } from '@/test/test-db';
import { codeAt, enableTwoFactor, META, stepsLater } from '@/test/two-factor';
import {
  authorizePassword,
  authorizeTwoFactor,
  TwoFactorChallengeExpired,
  TwoFactorRequired,
} from '../credential-steps';
import { hashPassword } from '../password';
import { beginTwoFactorSetup } from './begin-two-factor-setup';
import { confirmTwoFactorSetup } from './confirm-two-factor-setup';
import { disableTwoFactor } from './disable-two-factor';
import { getTwoFactorStatus } from './get-two-factor-status';
import { regenerateRecoveryCodes } from './regenerate-recovery-codes';
import { openTotpSecret } from './secret-box';
import { createSignInChallenge } from './sign-in-challenge';
import { verifySecondFactor } from './verify-second-factor';

const PASSWORD = 'correct horse battery';
let t: DbHandle;
let p: TestPractice;
let q: TestPractice;
let passwordHash: string;

beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
  q = await makePractice(t.db);
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(() => t?.close());

/** A counselor in both practices, with a password; each test gets a fresh one. */
async function counselor() {
  const user = await makeUser(t.db, 'Morgan Two', passwordHash);
  for (const practice of [p, q]) {
    await t.db
      .insert(memberships)
      .values({ practiceId: practice.practice.id, userId: user.id, role: 'counselor' });
  }
  return user;
}

// Each test signs in from its own address, so the per-address limit of one never trips another.
let octet = 0;
const meta = () => ({ ip: `198.51.100.${++octet}`, userAgent: 'vitest' });

async function events(userId: string, action: string) {
  return t.db
    .select({ practiceId: auditEvents.practiceId, metadata: auditEvents.metadata })
    .from(auditEvents)
    .where(and(eq(auditEvents.actorUserId, userId), eq(auditEvents.action, action)));
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: unknown) =>
      error instanceof AppError ? `${error.code}: ${error.message}` : Promise.reject(error),
  );

describe('setting up', () => {
  it('keeps a new secret pending until a code from it confirms it, then shows ten recovery codes once', async () => {
    const user = await counselor();
    const now = new Date('2026-11-25T10:00:05Z');
    const { manualKey, otpauthUri, qrSvgDataUrl } = await beginTwoFactorSetup(t.db, user.id, now);
    const secret = manualKey.replace(/\s/g, '');
    expect(otpauthUri).toContain(`secret=${secret}`);
    expect(qrSvgDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(qrSvgDataUrl.split(',')[1] ?? '', 'base64').toString()).toContain('<svg');
    expect((await getTwoFactorStatus(t.db, user.id)).enabled).toBe(false);

    const wrong = String((Number(await codeAt(secret, now)) + 1) % 1_000_000).padStart(6, '0');
    expect(await refusal(confirmTwoFactorSetup(t.db, user.id, { code: wrong }, META, now))).toMatch(
      /^BAD_REQUEST/,
    );
    expect((await getTwoFactorStatus(t.db, user.id)).enabled).toBe(false);

    const { recoveryCodes: codes } = await confirmTwoFactorSetup(
      t.db,
      user.id,
      { code: await codeAt(secret, now) },
      META,
      now,
    );
    expect(codes).toHaveLength(10);
    const status = await getTwoFactorStatus(t.db, user.id);
    expect(status).toMatchObject({ enabled: true, recoveryCodesLeft: 10, requiredBy: [] });

    // At rest: the secret only encrypted (and bound to this user), the codes only as hashes.
    const [row] = await t.db.select().from(userTwoFactor).where(eq(userTwoFactor.userId, user.id));
    expect(row?.secretCiphertext).not.toContain(secret);
    expect(openTotpSecret(user.id, row?.secretCiphertext ?? '')).toBe(secret);
    expect(() => openTotpSecret(p.owner.user.id, row?.secretCiphertext ?? '')).toThrow();
    expect(row?.pendingSecretCiphertext).toBeNull();
    const stored = await t.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    expect(stored.map((r) => r.codeHash).join()).not.toContain(codes[0]?.replace(/-/g, '') ?? 'x');

    // Audited in each practice the person works in.
    expect((await events(user.id, 'user.two-factor-enabled')).map((e) => e.practiceId).sort()).toEqual(
      [p.practice.id, q.practice.id].sort(),
    );
  });

  it('does not accept the code that confirmed setup again at sign-in (same time step)', async () => {
    const user = await counselor();
    const now = new Date('2026-11-25T10:00:05Z');
    const { secret } = await enableTwoFactor(t.db, user.id, now);
    expect(await verifySecondFactor(t.db, user.id, await codeAt(secret, now), meta(), now)).toBe('invalid');
    const later = stepsLater(now, 1);
    expect(await verifySecondFactor(t.db, user.id, await codeAt(secret, later), meta(), later)).toBe('totp');
  });

  it('moves to a new phone only with the old phone’s code or the password; the old secret stops working', async () => {
    const user = await counselor();
    const now = new Date('2026-11-25T11:00:05Z');
    const old = await enableTwoFactor(t.db, user.id, now);
    const at = stepsLater(now, 2);
    const { manualKey } = await beginTwoFactorSetup(t.db, user.id, at);
    const fresh = manualKey.replace(/\s/g, '');
    // Pending: the old authenticator still signs in meanwhile.
    expect((await getTwoFactorStatus(t.db, user.id)).enabled).toBe(true);
    const code = await codeAt(fresh, at);
    expect(await refusal(confirmTwoFactorSetup(t.db, user.id, { code }, META, at))).toMatch(
      /^BAD_REQUEST: Enter a code from your current app/,
    );
    expect(
      await refusal(
        confirmTwoFactorSetup(t.db, user.id, { code, confirmation: 'not my password' }, META, at),
      ),
    ).toMatch(/^BAD_REQUEST: That code or password is not right/);
    const { recoveryCodes: codes } = await confirmTwoFactorSetup(
      t.db,
      user.id,
      { code, confirmation: PASSWORD },
      META,
      at,
    );
    expect(codes).toHaveLength(10);
    const later = stepsLater(at, 1);
    expect(await verifySecondFactor(t.db, user.id, await codeAt(old.secret, later), meta(), later)).toBe(
      'invalid',
    );
    expect(await verifySecondFactor(t.db, user.id, await codeAt(fresh, later), meta(), later)).toBe('totp');
    // The old recovery codes went with the old phone (asked in the next attempt window).
    const nextWindow = new Date(later.getTime() + 15 * 60_000);
    expect(await verifySecondFactor(t.db, user.id, old.recoveryCodes[0] ?? '', meta(), nextWindow)).toBe(
      'invalid',
    );
    const enabled = await events(user.id, 'user.two-factor-enabled');
    expect(enabled.filter((e) => e.metadata?.newAuthenticator === true)).toHaveLength(2);
  });
});

describe('codes', () => {
  it('accepts a recovery code once, however it is typed, and audits its use with the count left', async () => {
    const user = await counselor();
    const now = new Date('2026-11-25T12:00:05Z');
    const { recoveryCodes: codes } = await enableTwoFactor(t.db, user.id, now);
    const code = codes[3] ?? '';
    expect(await verifySecondFactor(t.db, user.id, ` ${code.toUpperCase()} `, meta(), now)).toBe('recovery');
    expect(await verifySecondFactor(t.db, user.id, code, meta(), now)).toBe('invalid');
    expect((await getTwoFactorStatus(t.db, user.id)).recoveryCodesLeft).toBe(9);
    const used = await events(user.id, 'user.recovery-code-used');
    expect(used).toHaveLength(2);
    expect(used.every((e) => e.metadata?.remaining === 9)).toBe(true);
    // Someone else's recovery code is nothing here.
    const other = await counselor();
    const theirs = await enableTwoFactor(t.db, other.id, now);
    expect(await verifySecondFactor(t.db, user.id, theirs.recoveryCodes[0] ?? '', meta(), now)).toBe(
      'invalid',
    );
  });

  it('lets two racing requests with the same code through once', async () => {
    const user = await counselor();
    const now = new Date('2026-11-25T12:10:05Z');
    const { secret } = await enableTwoFactor(t.db, user.id, now);
    const later = stepsLater(now, 1);
    const code = await codeAt(secret, later);
    const results = await Promise.all([
      verifySecondFactor(t.db, user.id, code, meta(), later),
      verifySecondFactor(t.db, user.id, code, meta(), later),
    ]);
    expect(results.sort()).toEqual(['invalid', 'totp']);
  });

  it('stops after five attempts in fifteen minutes, right code or not', async () => {
    const user = await counselor();
    const now = new Date('2026-11-25T13:00:05Z');
    const { secret } = await enableTwoFactor(t.db, user.id, now);
    const attempt = stepsLater(now, 1);
    // Enabling took one attempt; four wrong ones make five.
    for (let i = 0; i < 4; i++) {
      expect(await verifySecondFactor(t.db, user.id, '000000', meta(), attempt)).not.toBe('rate-limited');
    }
    expect(await verifySecondFactor(t.db, user.id, await codeAt(secret, attempt), meta(), attempt)).toBe(
      'rate-limited',
    );
    const nextWindow = new Date(attempt.getTime() + 15 * 60_000);
    expect(
      await verifySecondFactor(t.db, user.id, await codeAt(secret, nextWindow), meta(), nextWindow),
    ).toBe('totp');
  });
});

describe('regenerating and turning off', () => {
  it('regenerates recovery codes after a code or the password: the old ones stop working', async () => {
    const user = await counselor();
    const now = new Date('2026-11-25T14:00:05Z');
    const { recoveryCodes: old } = await enableTwoFactor(t.db, user.id, now);
    expect(await refusal(regenerateRecoveryCodes(t.db, user.id, 'wrong password', META, now))).toMatch(
      /^BAD_REQUEST/,
    );
    const { recoveryCodes: fresh } = await regenerateRecoveryCodes(t.db, user.id, PASSWORD, META, now);
    expect(fresh).toHaveLength(10);
    expect(await verifySecondFactor(t.db, user.id, old[0] ?? '', meta(), now)).toBe('invalid');
    expect(await verifySecondFactor(t.db, user.id, fresh[0] ?? '', meta(), now)).toBe('recovery');
    expect(await events(user.id, 'user.recovery-codes-regenerated')).toHaveLength(2);
  });

  it('turns off with a current code (not a used one), deleting the secret and codes', async () => {
    const user = await counselor();
    const now = new Date('2026-11-25T15:00:05Z');
    const { secret } = await enableTwoFactor(t.db, user.id, now);
    expect(await refusal(disableTwoFactor(t.db, user.id, await codeAt(secret, now), META, now))).toMatch(
      /^BAD_REQUEST/,
    );
    const later = stepsLater(now, 1);
    await disableTwoFactor(t.db, user.id, await codeAt(secret, later), META, later);
    expect(await getTwoFactorStatus(t.db, user.id)).toMatchObject({ enabled: false, recoveryCodesLeft: 0 });
    expect(await t.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id))).toEqual([]);
    expect(await t.db.select().from(userTwoFactor).where(eq(userTwoFactor.userId, user.id))).toEqual([]);
    expect(await events(user.id, 'user.two-factor-disabled')).toHaveLength(2);
  });

  it('refuses to turn off while a practice of theirs requires it, naming the practice', async () => {
    const user = await counselor();
    await enableTwoFactor(t.db, user.id);
    await t.db.update(practices).set({ requireTwoFactor: true }).where(eq(practices.id, q.practice.id));
    try {
      expect((await getTwoFactorStatus(t.db, user.id)).requiredBy).toEqual([
        { practiceId: q.practice.id, name: q.practice.name },
      ]);
      expect(await refusal(disableTwoFactor(t.db, user.id, PASSWORD, META))).toBe(
        `FORBIDDEN: ${q.practice.name} requires two-factor sign-in, so it stays on. You can move it to a new phone instead.`,
      );
      expect((await getTwoFactorStatus(t.db, user.id)).enabled).toBe(true);
    } finally {
      await t.db.update(practices).set({ requireTwoFactor: false }).where(eq(practices.id, q.practice.id));
    }
  });
});

describe('signing in', () => {
  it('without two-factor, the password alone names the user', async () => {
    const user = await counselor();
    expect(await authorizePassword(t.db, { email: user.email, password: PASSWORD }, meta())).toBe(user.id);
  });

  it('with two-factor, the password only yields a challenge; no session exists until the code is right', async () => {
    const user = await counselor();
    const { secret } = await enableTwoFactor(t.db, user.id, stepsLater(new Date(), -2));
    const sessions = () => t.db.select().from(authSessions).where(eq(authSessions.userId, user.id));

    expect(
      await authorizePassword(t.db, { email: user.email, password: 'wrong password!' }, meta()),
    ).toBeNull();
    const thrown = await authorizePassword(t.db, { email: user.email, password: PASSWORD }, meta()).catch(
      (error: unknown) => error,
    );
    expect(thrown).toBeInstanceOf(TwoFactorRequired);
    const { challenge } = thrown as TwoFactorRequired;
    expect(await sessions()).toEqual([]);

    // A wrong code, someone else's challenge and a forged one all fail the same way, with no session.
    expect(await authorizeTwoFactor(t.db, { challenge, code: '000000' }, meta())).toBeNull();
    expect(await authorizeTwoFactor(t.db, { challenge, code: 'not-a-code' }, meta())).toBeNull();
    const stranger = await createSignInChallenge(p.owner.user.id);
    expect(
      await authorizeTwoFactor(t.db, { challenge: stranger, code: await codeAt(secret, new Date()) }, meta()),
    ).toBeNull();
    await expect(
      authorizeTwoFactor(t.db, { challenge: `${challenge.slice(0, -4)}AAAA`, code: '123456' }, meta()),
    ).rejects.toBeInstanceOf(TwoFactorChallengeExpired);
    expect(await sessions()).toEqual([]);

    expect(
      await authorizeTwoFactor(t.db, { challenge, code: await codeAt(secret, new Date()) }, meta()),
    ).toBe(user.id);
  });

  it('a deactivated person cannot finish a sign-in they started', async () => {
    const user = await counselor();
    const { recoveryCodes: codes } = await enableTwoFactor(t.db, user.id);
    const challenge = await createSignInChallenge(user.id);
    await t.db.update(memberships).set({ status: 'deactivated' }).where(eq(memberships.userId, user.id));
    await t.db.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, user.id));
    expect(await authorizeTwoFactor(t.db, { challenge, code: codes[0] ?? '' }, meta())).toBeNull();
  });
});
